#!/usr/bin/env bash
# Builds the Debian base image that container/Dockerfile starts FROM, for machines that cannot
# pull from Docker Hub (CI). debootstrap makes a bookworm minbase root file system from the apt
# mirror this machine already uses; it is trimmed like Debian's "-slim" images and stored in
# buildah's vfs storage under exactly the FROM name, so the unchanged Dockerfile builds here and
# with plain `docker build` on a laptop. Skips all work when that image is already there.
#
# Usage (as root): scripts/make_base_image.sh [--root DIR --runroot DIR]
#   --root/--runroot: buildah storage to put the image in (default: buildah's own).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf 'make_base_image: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }

storage=(--storage-driver vfs)
while (( $# )); do
  case "$1" in
    --root|--runroot) [[ $# -ge 2 ]] || die "$1 needs a directory"; storage+=("$1" "$2"); shift 2 ;;
    *) die "unknown argument '$1' (usage: $0 [--root DIR --runroot DIR])" ;;
  esac
done
[[ $EUID -eq 0 ]] || die "run as root (debootstrap and buildah's vfs storage need it)"
for tool in buildah debootstrap apt-get; do
  command -v "$tool" >/dev/null || die "'$tool' is missing; apt-get install buildah debootstrap"
done

# The name comes from the Dockerfile so the two can never drift apart.
name="$(awk 'toupper($1) == "FROM" { print $2; exit }' "$repo/container/Dockerfile")"
[[ "$name" =~ ^debian:(bookworm)-[0-9]{8}-slim$ ]] \
  || die "FROM '$name' in container/Dockerfile is not a dated debian:bookworm-YYYYMMDD-slim tag"
suite="${BASH_REMATCH[1]}"

if buildah "${storage[@]}" inspect --type image "$name" >/dev/null 2>&1; then
  log "$name already exists; nothing to do"
  exit 0
fi

# The mirror apt uses here, for $suite and its -updates/-security companions (deb822 or
# one-line sources alike: apt itself resolves them).
mirrors() {
  # shellcheck disable=SC2016  # $(SITE) is apt's own placeholder syntax, not the shell's
  apt-get indextargets --format '$(SITE) $(RELEASE)' 'Identifier: Packages' 'Component: main' \
    | awk -v s="$suite" '$2 == s || $2 == s "-updates" || $2 == s "-security"' | sort -u
}
sources="$(mirrors)"
if ! grep -q " $suite\$" <<<"$sources"; then
  apt-get update -qq   # index targets only show up once apt has fetched them
  sources="$(mirrors)"
fi
main_mirror="$(awk -v s="$suite" '$2 == s { print $1; exit }' <<<"$sources")"
[[ -n "$main_mirror" ]] || die "apt on this machine has no '$suite main' source to debootstrap from"

work="$(mktemp -d /var/tmp/make-base.XXXXXX)"
ctr=""
cleanup() {
  [[ -n "$ctr" ]] && buildah "${storage[@]}" rm "$ctr" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

rootfs="$work/rootfs"
log "debootstrap $suite (minbase) from $main_mirror"
debootstrap --variant=minbase "$suite" "$rootfs" "$main_mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; die "debootstrap failed"; }

# Same apt sources as this machine, so a Dockerfile apt-get also gets -updates and -security.
while read -r site release; do
  printf 'deb %s %s main\n' "$site" "$release"
done <<<"$sources" >"$rootfs/etc/apt/sources.list"

# Trim like Debian's slim images: no man pages, docs (copyrights stay), info or translations,
# neither now nor for packages installed later, and apt keeps no .debs after installing.
cat >"$rootfs/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
# Added by scripts/make_base_image.sh, as in Debian's -slim images.
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
EOF
cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
# Added by scripts/make_base_image.sh: do not keep downloaded packages in the image.
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
echo 'Acquire::Languages "none";' >"$rootfs/etc/apt/apt.conf.d/docker-no-languages"
find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "$rootfs"/usr/share/{man,groff,info,lintian,linda,locale}/*
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/log/*.log \
       "$rootfs"/tmp/* "$rootfs"/var/tmp/*
# Host identity does not belong in an image; the runtime provides both files.
: >"$rootfs/etc/hostname"
: >"$rootfs/etc/resolv.conf"

# /dev, /proc and /sys are provided by the runtime; everything else goes into one layer.
tar -C "$rootfs" --numeric-owner --exclude=./dev/* --exclude=./proc/* --exclude=./sys/* \
    -cf "$work/rootfs.tar" .
ctr="$(buildah "${storage[@]}" from scratch)"
buildah "${storage[@]}" add "$ctr" "$work/rootfs.tar" / >/dev/null
buildah "${storage[@]}" config \
  --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --cmd bash --os linux --arch "$(dpkg --print-architecture)" \
  --created-by "scripts/make_base_image.sh: debootstrap --variant=minbase $suite $main_mirror" \
  "$ctr"
buildah "${storage[@]}" commit --quiet --rm "$ctr" "$name" >/dev/null
ctr=""
log "tagged $name ($(du -sh --apparent-size "$rootfs" | cut -f1) root file system)"
