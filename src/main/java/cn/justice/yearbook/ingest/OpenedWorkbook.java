package cn.justice.yearbook.ingest;

import java.util.List;

/**
 * A workbook opened for reading: its visible sheets in order. Closing releases what POI holds;
 * a workbook {@link XlsxStreamReader} read holds nothing.
 */
record OpenedWorkbook(List<SheetCells> visibleSheets, AutoCloseable resources) implements AutoCloseable {

    OpenedWorkbook {
        visibleSheets = List.copyOf(visibleSheets);
    }

    @Override
    public void close() {
        if (resources != null) {
            WorkbookOpener.closeQuietly(resources);
        }
    }
}
