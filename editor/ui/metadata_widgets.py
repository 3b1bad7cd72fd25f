"""Metadata inputs: length meters, tag chips, the region picker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.domain.location import Location
from editor.themes import colour as theme_colour
from editor.ui.operations import log_failure, run_op, supersede
from editor.writing.gazetteer import Region, shared_gazetteer
from editor.writing.stats import meter_level

#: The theme's named colour (``resources/themes/<name>.toml``) of each meter level.
LEVEL_COLOURS = {"empty": "quiet", "short": "warning", "ok": "ok", "long": "warning",
                 "over": "error"}


class LengthMeter(QWidget):
    """"52 / 90" with a thin bar that turns amber near the limit and red past it."""

    def __init__(self, minimum: int, warn: int, maximum: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limits = (minimum, warn, maximum)
        self.bar = QProgressBar(textVisible=False, maximumHeight=4)
        self.label = QLabel(objectName="meterLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.level = "empty"
        self.set_length(0)

    def set_limits(self, minimum: int, warn: int, maximum: int) -> None:
        self.limits = (minimum, warn, maximum)
        self.set_length(self.bar.value())

    def set_length(self, length: int) -> None:
        minimum, warn, maximum = self.limits
        self.level = meter_level(length, minimum, warn, maximum)
        self.bar.setMaximum(maximum)
        self.bar.setValue(min(length, maximum))
        colour = theme_colour(LEVEL_COLOURS[self.level])
        self.bar.setStyleSheet(
            f"QProgressBar {{ border: none; background: rgba(127,127,127,40); }}"
            f"QProgressBar::chunk {{ background: {colour}; }}")
        self.label.setText(f"{length} / {maximum}")
        self.label.setStyleSheet(f"color: {colour};")
        tips = {"empty": self.tr("Kosong"), "short": self.tr("Terlalu pendek"),
                "ok": self.tr("Panjang pas"), "long": self.tr("Mendekati batas"),
                "over": self.tr("Melebihi batas rumah")}
        self.setToolTip(tips[self.level])


class FlowLayout(QLayout):
    """Wraps chips onto as many lines as they need."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._layout(0, width, apply=False)

    def setGeometry(self, rect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._layout(rect.x(), rect.width(), apply=True, y0=rect.y())

    def sizeHint(self):  # noqa: N802
        return self.minimumSize()

    def minimumSize(self):  # noqa: N802
        from PySide6.QtCore import QSize

        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _layout(self, x0: int, width: int, apply: bool, y0: int = 0) -> int:
        from PySide6.QtCore import QPoint, QRect

        x, y, line = x0, y0, 0
        space = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > x0 + width and line > 0:
                x, y, line = x0, y + line + space, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + space
            line = max(line, hint.height())
        return y + line - y0


class TagChips(QWidget):
    """Tags as removable chips; the line below adds tags on Enter or comma, with completion
    from the archive's tags (queried in a worker, most used first)."""

    changed = Signal()

    def __init__(self, suggest: Callable[[str], list[tuple[str, int]]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._suggest = suggest
        self.chips = QWidget(objectName="tagChips")
        self.flow = FlowLayout(self.chips)
        self.edit = QLineEdit(objectName="tagInput")
        self.edit.setPlaceholderText(self.tr("Tambah tag, Enter atau koma"))
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._completed)
        self.edit.setCompleter(completer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chips)
        layout.addWidget(self.edit)
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self.commit)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._query)

    def setFocus(self) -> None:  # noqa: N802 - focus goes to the input line
        self.edit.setFocus()

    def tags(self) -> tuple[str, ...]:
        pending = [t.strip() for t in self.edit.text().split(",") if t.strip()]
        return tuple(self._tags + [t for t in pending if t not in self._tags])

    def set_tags(self, tags: tuple[str, ...] | list[str]) -> None:
        self._tags = []
        self.edit.clear()
        self._rebuild()
        for tag in tags:
            self._add(tag, emit=False)

    def _edited(self, text: str) -> None:
        if "," in text:
            *done, rest = text.split(",")
            for tag in done:
                self._add(tag)
            self.edit.setText(rest.lstrip())
        if self._suggest is not None and self.edit.text().strip():
            self._timer.start()
        self.changed.emit()

    def _completed(self, text: str) -> None:
        QTimer.singleShot(0, lambda: (self._add(text), self.edit.clear()))

    def commit(self) -> None:
        for tag in self.edit.text().split(","):
            self._add(tag)
        self.edit.clear()

    def _add(self, tag: str, emit: bool = True) -> None:
        tag = " ".join(tag.split())
        if not tag or tag.casefold() in (t.casefold() for t in self._tags):
            return
        self._tags.append(tag)
        self._rebuild()
        if emit:
            self.changed.emit()

    def remove(self, tag: str) -> None:
        if tag in self._tags:
            self._tags.remove(tag)
            self._rebuild()
            self.changed.emit()

    def _rebuild(self) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for tag in self._tags:
            chip = QToolButton(objectName="tagChip")
            chip.setText(f"{tag}  ✕")
            chip.setToolTip(self.tr("Hapus tag “%1”").replace("%1", tag))
            chip.clicked.connect(lambda _=False, t=tag: self.remove(t))
            self.flow.addWidget(chip)
        self.chips.setVisible(bool(self._tags))
        self.chips.updateGeometry()

    def _query(self) -> None:
        prefix = self.edit.text().split(",")[-1].strip()
        suggest = self._suggest
        run_op(self, lambda: suggest(prefix), self._suggestions, log_failure, key="tags")

    def _suggestions(self, rows: list[tuple[str, int]]) -> None:
        self._model.setStringList([name for name, _ in rows if name not in self._tags])


class LocationPicker(QWidget):
    """A search line over all provinces, kabupaten/kota and kecamatan (typo-tolerant, in a
    worker) with the results listed below; picking one sets a coded :class:`Location`."""

    changed = Signal()
    picked = Signal(object)       # the Region chosen
    results_ready = Signal(list)  # the Regions found for the last query

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._location = Location()
        self.edit = QLineEdit(objectName="locationSearch")
        self.edit.setPlaceholderText(self.tr("Cari provinsi, kabupaten/kota, kecamatan…"))
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget(objectName="locationResults")
        self.results.setMaximumHeight(140)
        self.results.hide()
        self.code_label = QLabel(objectName="locationCode")
        self.code_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.code_label)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self._pick_first)
        self.results.itemActivated.connect(self._pick_item)
        self.results.itemClicked.connect(self._pick_item)

    def location(self) -> Location:
        text = self.edit.text().strip()
        if text == self._location.display_name:
            return self._location
        return Location.from_value(text)

    def set_location(self, location: Location) -> None:
        self._location = location
        self.edit.setText(location.display_name)
        self.edit.setCursorPosition(0)
        self._show_code()
        self.results.hide()

    def _show_code(self) -> None:
        code = self._location.code
        self.code_label.setText(self.tr("Kode Kemendagri: %1").replace("%1", code) if code
                                else "")

    def _edited(self, _text: str) -> None:
        self._timer.start()
        self.changed.emit()

    def search_now(self) -> None:
        query = self.edit.text().strip()
        if not query:
            supersede(self, "search")  # a search still running answers nothing now
            self.results.hide()
            return
        run_op(self, lambda: shared_gazetteer().search(query, limit=12), self._show_results,
               log_failure, key="search")

    def _show_results(self, found: list[Region]) -> None:
        self.results.clear()
        for region in found:
            item = QListWidgetItem(f"{region.path}  ·  {region.level_label} {region.code}")
            item.setData(Qt.ItemDataRole.UserRole, region)
            self.results.addItem(item)
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentRow(0)
        self.results_ready.emit(found)

    def _pick_first(self) -> None:
        if not self.results.isHidden() and self.results.count():
            self._pick_item(self.results.currentItem() or self.results.item(0))

    def _pick_item(self, item: QListWidgetItem) -> None:
        region: Region = item.data(Qt.ItemDataRole.UserRole)
        self.pick(region)

    def pick(self, region: Region) -> None:
        self.set_location(region.to_location())
        self.picked.emit(region)
        self.changed.emit()
