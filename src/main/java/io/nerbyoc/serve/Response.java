package io.nerbyoc.serve;

/** A complete HTTP answer, written in one go. */
public record Response(int status, String contentType, byte[] body) {}
