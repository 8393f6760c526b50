#!/usr/bin/env bash
# desktop_install: installs the build into a temporary prefix and checks it the way a Linux desktop
# reads it: files where the desktop looks, the .desktop entry, the AppStream metainfo and the MIME
# types valid, a real claim file (and one without its extension) recognised as a claim, a plain
# SQLite file not, an OFD as OFD, and the app offered for claims.
#
#   check-install.sh CMAKE BUILD_DIR APP_ID REIMBURSE_CLI REIMBURSE_SAMPLES
#
# Exit 0 = passed, 1 = failed, 77 = a tool is missing (CTest SKIP_RETURN_CODE). Every tool is a
# Debian 12 package that scripts/install-deps.sh installs:
#   desktop-file-validate, update-desktop-database  desktop-file-utils
#   appstreamcli                                    appstream
#   update-mime-database                            shared-mime-info
#   xmllint                                         libxml2-utils
#   gio                                             libglib2.0-bin
#   xdg-mime                                        xdg-utils
set -uo pipefail

if [ $# -ne 5 ]; then
  echo "usage: $0 CMAKE BUILD_DIR APP_ID REIMBURSE_CLI REIMBURSE_SAMPLES" >&2
  exit 2
fi
CMAKE=$1 BUILD_DIR=$2 APP_ID=$3 CLI=$4 SAMPLES=$5
CLAIM_TYPE=application/x-reimburse-claim

missing=()
for tool in desktop-file-validate update-desktop-database appstreamcli update-mime-database xmllint gio xdg-mime; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "SKIP: missing ${missing[*]} (bash scripts/install-deps.sh installs them)"
  exit 77
fi
for exe in "$CLI" "$SAMPLES"; do
  [ -x "$exe" ] || { echo "FAIL: $exe is not built (build reimburse reimburse-cli reimburse-samples)"; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ra-desktop-install.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT
PREFIX=$WORK/prefix
SHARE=$PREFIX/share
failures=0
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# A private home: the CLI keeps its duplicate ledger and logs under the user's data directory, and
# the desktop tools read the user's MIME database and default applications; neither may leak in or out.
export HOME=$WORK/home XDG_DATA_HOME=$WORK/home/.local/share XDG_CONFIG_HOME=$WORK/home/.config \
       XDG_CACHE_HOME=$WORK/home/.cache XDG_CONFIG_DIRS=/etc/xdg
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# The generic (no desktop environment) code paths of xdg-mime, whatever session runs the test.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID MATE_DESKTOP_SESSION_ID
unset DESTDIR   # cmake --install would put the files under it, not into the prefix checked here
# The installed prefix first, then the system (for application/vnd.sqlite3, application/zip, ...).
DATA_DIRS=$SHARE:/usr/local/share:/usr/share

# --- install ----------------------------------------------------------------------------------
if ! "$CMAKE" --install "$BUILD_DIR" --prefix "$PREFIX" >"$WORK/install.log" 2>&1; then
  cat "$WORK/install.log"
  echo "FAIL cmake --install $BUILD_DIR --prefix $PREFIX"
  exit 1
fi
ok "cmake --install into $PREFIX"

# --- files where a desktop looks for them ----------------------------------------------------
DESKTOP=$SHARE/applications/$APP_ID.desktop
METAINFO=$SHARE/metainfo/$APP_ID.metainfo.xml
MIMEXML=$SHARE/mime/packages/$APP_ID.xml
SVG=$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg
for f in "$PREFIX/bin/reimburse" "$PREFIX/bin/reimburse-cli" "$DESKTOP" "$METAINFO" "$MIMEXML" "$SVG"; do
  if [ -s "$f" ]; then ok "installed ${f#"$PREFIX"/}"; else fail "missing ${f#"$PREFIX"/}"; fi
done
for f in "$PREFIX/bin/reimburse" "$PREFIX/bin/reimburse-cli"; do
  [ -x "$f" ] || fail "${f#"$PREFIX"/} is not executable"
done
# Each PNG rendition is where the hicolor theme expects it and is the size its folder says
# (width and height are the big-endian words at bytes 16..23 of a PNG).
for size in 16 24 32 48 64 128 256; do
  png=$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png
  if [ ! -s "$png" ]; then fail "missing ${png#"$PREFIX"/}"; continue; fi
  sig=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
  read -r w0 w1 w2 w3 h0 h1 h2 h3 < <(od -An -tu1 -j16 -N8 "$png")
  w=$(( (w0 << 24) | (w1 << 16) | (w2 << 8) | w3 )) h=$(( (h0 << 24) | (h1 << 16) | (h2 << 8) | h3 ))
  if [ "$sig" = 89504e470d0a1a0a ] && [ "$w" = "$size" ] && [ "$h" = "$size" ]; then
    ok "icon ${png#"$PREFIX"/} (${w}x${h} PNG)"
  else
    fail "icon ${png#"$PREFIX"/} is not a ${size}x${size} PNG (${w}x${h}, signature $sig)"
  fi
done
xmllint --noout "$SVG" && ok "scalable icon is well-formed XML" || fail "scalable icon is not well-formed XML"

# --- .desktop entry ---------------------------------------------------------------------------
if out=$(desktop-file-validate "$DESKTOP" 2>&1) && [ -z "$out" ]; then
  ok "desktop-file-validate $APP_ID.desktop"
else
  echo "$out"; fail "desktop-file-validate $APP_ID.desktop"
fi
desktop_key() { sed -n "s/^$1=//p" "$DESKTOP" | head -n1; }
[ "$(desktop_key Icon)" = "$APP_ID" ] && ok "Icon=$APP_ID" || fail "Icon= is '$(desktop_key Icon)', not $APP_ID"
exec_bin=$(desktop_key Exec | cut -d' ' -f1)
[ -x "$PREFIX/bin/$exec_bin" ] && ok "Exec=$exec_bin is installed in bin" || fail "Exec=$exec_bin is not in $PREFIX/bin"
case ";$(desktop_key MimeType)" in
  *";$CLAIM_TYPE;"*) ok "MimeType lists $CLAIM_TYPE" ;;
  *) fail "MimeType does not list $CLAIM_TYPE" ;;
esac
grep -q '^Name\[zh_CN\]=报销助手$' "$DESKTOP" && ok "Name[zh_CN]=报销助手" || fail "Name[zh_CN] is not 报销助手"

# --- AppStream metainfo -----------------------------------------------------------------------
if appstreamcli validate --no-net "$METAINFO" >"$WORK/appstream.log" 2>&1; then
  ok "appstreamcli validate --no-net $APP_ID.metainfo.xml"
else
  cat "$WORK/appstream.log"; fail "appstreamcli validate --no-net $APP_ID.metainfo.xml"
fi
grep -q "<id>$APP_ID</id>" "$METAINFO" && ok "metainfo id $APP_ID" || fail "metainfo id is not $APP_ID"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$METAINFO" \
  && ok "metainfo launchable $APP_ID.desktop" || fail "metainfo launchable is not $APP_ID.desktop"

# --- MIME types -------------------------------------------------------------------------------
xmllint --noout "$MIMEXML" && ok "MIME package is well-formed XML" || fail "MIME package is not well-formed XML"
if update-mime-database "$SHARE/mime" >"$WORK/mime.log" 2>&1 && [ -s "$SHARE/mime/mime.cache" ] \
   && ! grep -qi -e warning -e error "$WORK/mime.log"; then
  ok "update-mime-database share/mime"
else
  cat "$WORK/mime.log"; fail "update-mime-database share/mime"
fi
[ -s "$SHARE/mime/application/x-reimburse-claim.xml" ] && ok "MIME database knows $CLAIM_TYPE" \
  || fail "MIME database has no $CLAIM_TYPE"

# A real claim file, written by the CLI from one of the generated sample invoices.
mkdir -p "$WORK/samples" "$WORK/files"
if ! "$SAMPLES" "$WORK/samples" >"$WORK/samples.log" 2>&1; then
  cat "$WORK/samples.log"; echo "FAIL reimburse-samples"; exit 1
fi
pdf=$(find "$WORK/samples" -type f -name '*.pdf' | sort | head -n1)
ofd=$(find "$WORK/samples" -type f -name '*.ofd' | sort | head -n1)
[ -n "$pdf" ] && [ -n "$ofd" ] || { echo "FAIL reimburse-samples wrote no PDF or no OFD"; exit 1; }
CLAIM=$WORK/files/trip.claim
if ! "$CLI" recognize --format json --out "$WORK/recognized.json" --claim "$CLAIM" "$pdf" >"$WORK/cli.log" 2>&1 \
   || [ ! -s "$CLAIM" ]; then
  cat "$WORK/cli.log"; echo "FAIL reimburse-cli recognize --claim"; exit 1
fi
ok "reimburse-cli wrote a claim ($(basename "$pdf"))"
# The claim under a name without extension: only the magic rule (SQLite header + "RAC1" at 68) can tell.
cp "$CLAIM" "$WORK/files/claim-without-extension"
# The same database with application_id cleared: a plain SQLite file, which must not pass for a claim.
cp "$CLAIM" "$WORK/files/plain-sqlite"
printf '\0\0\0\0' | dd of="$WORK/files/plain-sqlite" bs=1 seek=68 conv=notrunc status=none
cp "$ofd" "$WORK/files/invoice.ofd"

content_type() {
  XDG_DATA_DIRS=$DATA_DIRS gio info -a standard::content-type "$1" 2>/dev/null \
    | sed -n 's/^ *standard::content-type: //p'
}
expect_type() { # FILE TYPE WHY
  local got
  got=$(content_type "$1")
  [ "$got" = "$2" ] && ok "gio: $3 is $got" || fail "gio: $3 is '$got', expected $2"
}
expect_type "$CLAIM" "$CLAIM_TYPE" "a claim (*.claim)"
expect_type "$WORK/files/claim-without-extension" "$CLAIM_TYPE" "a claim without its extension (magic)"
expect_type "$WORK/files/plain-sqlite" application/vnd.sqlite3 "a plain SQLite file"
expect_type "$WORK/files/invoice.ofd" application/ofd "an OFD invoice"

# xdg-mime as a desktop script calls it. Without a desktop environment it asks `mimetype` (Perl,
# libfile-mimeinfo-perl, a Recommends of xdg-utils that scripts/install-deps.sh does not pull in) or
# else `file`, which does not read shared-mime-info; so it is checked only when `mimetype` is there.
if command -v mimetype >/dev/null 2>&1; then
  got=$(XDG_DATA_DIRS=$DATA_DIRS xdg-mime query filetype "$WORK/files/claim-without-extension" 2>/dev/null)
  [ "$got" = "$CLAIM_TYPE" ] && ok "xdg-mime query filetype: $got" || fail "xdg-mime query filetype: '$got', expected $CLAIM_TYPE"
fi

# --- the app is offered for claims ------------------------------------------------------------
if update-desktop-database "$SHARE/applications" >"$WORK/desktopdb.log" 2>&1 \
   && grep -q "^$CLAIM_TYPE=.*$APP_ID.desktop" "$SHARE/applications/mimeinfo.cache"; then
  ok "update-desktop-database: $APP_ID.desktop handles $CLAIM_TYPE"
else
  cat "$WORK/desktopdb.log"; fail "update-desktop-database did not register $APP_ID.desktop for $CLAIM_TYPE"
fi
# GIO (file managers, portals) only offers an entry whose TryExec is on PATH.
got=$(PATH=$PREFIX/bin:$PATH XDG_DATA_DIRS=$DATA_DIRS gio mime "$CLAIM_TYPE" 2>/dev/null)
if grep -q "$APP_ID.desktop" <<<"$got"; then ok "gio mime $CLAIM_TYPE offers $APP_ID.desktop"; else echo "$got"; fail "gio mime $CLAIM_TYPE does not offer $APP_ID.desktop"; fi
got=$(PATH=$PREFIX/bin:$PATH XDG_DATA_DIRS=$DATA_DIRS xdg-mime query default "$CLAIM_TYPE" 2>/dev/null)
[ "$got" = "$APP_ID.desktop" ] && ok "xdg-mime query default $CLAIM_TYPE: $got" \
  || fail "xdg-mime query default $CLAIM_TYPE is '$got', expected $APP_ID.desktop"

if [ "$failures" -gt 0 ]; then
  echo "desktop_install: $failures check(s) failed"
  exit 1
fi
echo "desktop_install: all checks passed"
