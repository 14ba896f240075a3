#!/bin/sh
# Install 云贝申诉助手 (yunbei-gui) for the current user only: no root, no system changes.
#
#   ./install.sh             copy this folder to ~/.local/share/yunbei-gui, add the menu entry,
#                            the icons and the `yunbei-gui` command (~/.local/bin)
#   ./install.sh --uninstall remove all of that again (your cases and settings stay)
#
# XDG_DATA_HOME and PREFIX_BIN (default ~/.local/bin) are honoured.
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="${PREFIX_BIN:-$HOME/.local/bin}"
APP="$DATA/yunbei-gui"
DESKTOP="$DATA/applications/yunbei-gui.desktop"
METAINFO="$DATA/metainfo/io.github.yunbei_gui.metainfo.xml"
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
}

uninstall() {
    rm -rf "$APP"
    rm -f "$DESKTOP" "$METAINFO" "$DATA/icons/hicolor/scalable/apps/yunbei-gui.svg"
    for n in $SIZES; do rm -f "$DATA/icons/hicolor/${n}x${n}/apps/yunbei-gui.png"; done
    if [ -L "$BIN/yunbei-gui" ]; then rm -f "$BIN/yunbei-gui"; fi
    refresh
    echo "云贝申诉助手已卸载。yunbei-gui removed (cases and settings were kept)."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi
if [ ! -x "$HERE/yunbei-gui" ] || [ ! -d "$HERE/_internal" ]; then
    echo "install.sh: run me from the unpacked yunbei-gui folder" >&2
    exit 1
fi

if [ "$HERE" != "$APP" ]; then
    rm -rf "$APP.new"
    mkdir -p "$DATA"
    cp -a "$HERE" "$APP.new"
    rm -rf "$APP"
    mv "$APP.new" "$APP"
fi

mkdir -p "$BIN" "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
ln -sfn "$APP/yunbei-gui" "$BIN/yunbei-gui"
# The menu entry runs the program by its full path: ~/.local/bin is not always on PATH.
sed -e "s|^Exec=.*|Exec=\"$APP/yunbei-gui\" %F|" -e "s|^TryExec=.*|TryExec=$APP/yunbei-gui|" \
    "$APP/share/yunbei-gui.desktop" >"$DESKTOP"
cp "$APP/share/io.github.yunbei_gui.metainfo.xml" "$METAINFO"
cp "$APP/share/icons/yunbei-gui.svg" "$DATA/icons/hicolor/scalable/apps/yunbei-gui.svg"
for n in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${n}x${n}/apps"
    cp "$APP/share/icons/yunbei-gui-$n.png" "$DATA/icons/hicolor/${n}x${n}/apps/yunbei-gui.png"
done
refresh

echo "云贝申诉助手已安装到 $APP ，可以在应用菜单里找到它。"
echo "Installed to $APP; start it from the applications menu or with: $BIN/yunbei-gui"
