#!/usr/bin/env bash
# After a redaction (lawful removal from published versions, compliance-docs/redaction.md):
# removes the nginx cache entries of one document's version pages and PDFs, so that the cache in
# front of Metryka stops serving the removed text. nginx re-fetches them on the next request.
#
#   deploy/purge-version-cache.sh <document slug> [cache directory, default /var/cache/nginx/metryka]
set -euo pipefail
slug=${1:?usage: $0 <document slug> [cache directory]}
cache=${2:-/var/cache/nginx/metryka}
case $slug in
    *[!a-z0-9-]*) echo "not a document slug: $slug" >&2; exit 2 ;;
esac
# each cache file starts with a "KEY: <host><uri>|<lang>" line (proxy_cache_key in metryka.conf)
grep -rlZ --binary-files=text -e "^KEY: [^/]*/dokument/$slug/wersja/" "$cache" 2>/dev/null | xargs -0r rm -f --
echo "purged the cached versions of /dokument/$slug"
