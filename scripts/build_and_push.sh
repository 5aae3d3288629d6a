#!/usr/bin/env bash
# Builds the NER image (Maven, then container/Dockerfile) and pushes it to Amazon ECR, or to any
# registry with --registry. The last line printed is the image URI, for scripts and notebooks:
#   IMAGE_URI=$(scripts/build_and_push.sh ner-byoc | tail -n 1)
set -euo pipefail

usage() {
  cat >&2 <<'TXT'
Usage: scripts/build_and_push.sh [options] REPOSITORY [TAG]

  REPOSITORY          repository name, e.g. ner-byoc (created in ECR when missing, scan on push)
  TAG                 image tag; default: the git short sha. `latest` only when asked for.
  --latest            also tag and push :latest
  --registry HOST[:PORT]
                      push to this registry instead of ECR; no AWS calls (log in yourself)
  --insecure          plain-HTTP / self-signed registry (podman and buildah only)
  --skip-build        push an image already built as REPOSITORY:TAG
  -h, --help          this help

Environment: CONTAINER_ENGINE=docker (default) | podman | buildah;
             AWS_REGION (else `aws configure get region`); AWS credentials as usual.
TXT
}

die() { printf 'build_and_push: %s\n' "$*" >&2; exit 1; }
log() { printf 'build_and_push: %s\n' "$*" >&2; }

repo="" tag="" latest=0 registry="" insecure=0 skip_build=0
while (($#)); do
  case "$1" in
    --latest) latest=1 ;;
    --registry) [[ $# -ge 2 ]] || die "--registry needs HOST[:PORT]"; registry="$2"; shift ;;
    --registry=*) registry="${1#*=}" ;;
    --insecure) insecure=1 ;;
    --skip-build) skip_build=1 ;;
    -h|--help) usage; exit 0 ;;
    -*) usage; die "unknown option $1" ;;
    *) if [[ -z "$repo" ]]; then repo="$1"; elif [[ -z "$tag" ]]; then tag="$1"; else usage; die "too many arguments"; fi ;;
  esac
  shift
done
[[ -n "$repo" ]] || { usage; die "give the repository name, e.g. scripts/build_and_push.sh ner-byoc"; }
[[ "$repo" =~ ^[a-z0-9]+([._/-][a-z0-9]+)*$ ]] || die "repository '$repo' is not a valid name (lower-case letters, digits, . _ - /)"

cd "$(dirname "$0")/.."
if [[ -z "$tag" ]]; then
  tag="$(git rev-parse --short HEAD 2>/dev/null)" || die "not a git checkout: give a TAG"
  [[ -z "$(git status --porcelain 2>/dev/null)" ]] || tag="$tag-dirty"
fi

engine="${CONTAINER_ENGINE:-docker}"
case "$engine" in
  docker|podman|buildah) ;;
  *) die "CONTAINER_ENGINE='$engine' is not supported; use docker, podman or buildah" ;;
esac
command -v "$engine" >/dev/null 2>&1 || die "'$engine' is not installed (set CONTAINER_ENGINE to docker, podman or buildah)"
if [[ "$engine" == docker ]] && ! docker info >/dev/null 2>&1; then
  die "docker is installed but its daemon does not answer: start Docker, or use CONTAINER_ENGINE=podman/buildah"
fi
tls=()
if ((insecure)); then
  [[ "$engine" != docker ]] || die "--insecure needs podman or buildah (for docker, add the registry to insecure-registries)"
  tls=(--tls-verify=false)
fi

if [[ -z "$registry" ]]; then
  command -v aws >/dev/null 2>&1 || die "the AWS CLI is not installed (needed for ECR); or push elsewhere with --registry"
  account="$(aws sts get-caller-identity --query Account --output text 2>/dev/null)" \
    || die "AWS credentials are missing or expired: run 'aws configure' or 'aws sso login'"
  region="${AWS_REGION:-$(aws configure get region 2>/dev/null || true)}"
  [[ -n "$region" ]] || die "no AWS region: set AWS_REGION or run 'aws configure set region REGION'"
  registry="$account.dkr.ecr.$region.amazonaws.com"
  if ! aws ecr describe-repositories --region "$region" --repository-names "$repo" >/dev/null 2>&1; then
    log "creating ECR repository $repo in $region (scan on push)"
    aws ecr create-repository --region "$region" --repository-name "$repo" \
      --image-scanning-configuration scanOnPush=true >/dev/null
  fi
  log "logging $engine in to $registry"
  aws ecr get-login-password --region "$region" | "$engine" login --username AWS --password-stdin "$registry" >&2 \
    || die "$engine could not log in to $registry"
fi

local_image="$repo:$tag"
remote="$registry/$repo:$tag"
if ((!skip_build)); then
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is not installed; it builds the jar the image contains"
  log "building the jar (mvn package)"
  mvn -B -q package -DskipTests >&2
  log "building $local_image from container/Dockerfile with $engine"
  if [[ "$engine" == buildah ]]; then
    buildah bud -f container/Dockerfile -t "$local_image" . >&2
  else
    "$engine" build -f container/Dockerfile -t "$local_image" . >&2
  fi
fi

push() {
  log "pushing $1"
  if [[ "$engine" == docker ]]; then
    docker tag "$local_image" "$1" && docker push "$1" >&2
  else
    "$engine" tag "$local_image" "$1" && "$engine" push "${tls[@]}" "$1" >&2
  fi || die "push of $1 failed: are you logged in to $registry?"
}
push "$remote"
if ((latest)); then
  push "$registry/$repo:latest"
fi
echo "$remote"
