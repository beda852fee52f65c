package cn.justice.yearbook.ingest;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a workbook never reaches the network, even when the workbook points at it: an XML map whose
 * schema redefines and imports remote schemas (xxe_in_schema.xlsx and one built here), and external
 * relationships. Java has no SecurityManager to forbid sockets any more, so the test watches the two
 * places a connection would show: a trap server on loopback that the file points at, and the JVM's
 * ProxySelector, which java.net consults before any URL connection or socket connect. A control case
 * proves both would notice a real fetch.
 */
class NoNetworkAccessTest {

    @TempDir
    Path dir;

    private ServerSocket trap;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<URI> proxyQueries = new CopyOnWriteArrayList<>();
    private ProxySelector originalSelector;

    @BeforeEach
    void setUpTraps() throws IOException {
        trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "network-trap");
        acceptor.setDaemon(true);
        acceptor.start();
        originalSelector = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                proxyQueries.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
    }

    @AfterEach
    void removeTraps() throws IOException {
        ProxySelector.setDefault(originalSelector);
        trap.close(); // ends the acceptor thread
    }

    @Test
    void theTrapsNoticeARealFetch() {
        try (InputStream in = new URL(trapUrl("control.xsd")).openStream()) {
            in.readAllBytes();
        } catch (IOException expected) {
            // the trap closes the connection without answering
        }
        assertThat(proxyQueries).isNotEmpty();
        awaitConnection();
        assertThat(connections.get()).isPositive();
    }

    @Test
    void readingAWorkbookWithARemoteSchemaInItsXmlMapFetchesNothing() throws IOException, UnreadableFileException {
        String schema = "<MapInfo xmlns=\"" + TestPackages.MAIN_NS + "\" SelectionNamespaces=\"\"><Schema ID=\"Schema1\">"
                + "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" elementFormDefault=\"qualified\">"
                + "<xs:import namespace=\"urn:x\" schemaLocation=\"" + trapUrl("import.xsd") + "\"/>"
                + "<xs:redefine schemaLocation=\"" + trapUrl("redefine.xsd") + "\"/>"
                + "<xs:element name=\"Report\" type=\"xs:string\"/></xs:schema></Schema>"
                + "<Map ID=\"1\" Name=\"Report_Map\" RootElement=\"Report\" SchemaID=\"Schema1\" ShowImportExportValidationErrors=\"false\""
                + " AutoFit=\"true\" Append=\"false\" PreserveSortAFLayout=\"true\" PreserveFormat=\"true\"/></MapInfo>";
        byte[] xlsx = new TestPackages.Xlsx()
                .sharedString("人民调解案件数")
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>40</v></c></row>")
                .workbookPart("xl/xmlMaps.xml", "application/xml", TestPackages.REL_NS + "/xmlMaps", schema)
                .externalRelationship(TestPackages.REL_NS + "/hyperlink", trapUrl("external"))
                .build();
        Path file = Files.write(dir.resolve("映射.xlsx"), xlsx);

        try (Workbook workbook = new WorkbookOpener().open(file, "映射.xlsx")) {
            readEverything(workbook);
            assertThat(((XSSFWorkbook) workbook).getMapInfo()).as("the map is read as data").isNotNull();
        }

        assertThat(proxyQueries).isEmpty();
        assertThat(connections.get()).isZero();
    }

    @Test
    void readingTheCorpusXxeWorkbookFetchesNothing() throws IOException, UnreadableFileException {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);

        try (Workbook workbook = new WorkbookOpener().open(PoiCorpus.file("xxe_in_schema.xlsx"), "xxe_in_schema.xlsx")) {
            readEverything(workbook);
        }

        assertThat(proxyQueries).isEmpty();
    }

    @Test
    void theIngestCodeNeverCallsTheXmlMapOrSchemaApis() throws IOException {
        Path sources = Path.of("src", "main", "java");
        List<String> forbidden = List.of("XSSFExportToXml", "XSSFImportFromXml", "SchemaFactory", "getMapInfo",
                "openConnection", "openStream", "java.net.http");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                assertThat(forbidden).as(source.toString()).noneMatch(text::contains);
            }
        }
    }

    private static void readEverything(Workbook workbook) {
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cell.toString())));
    }

    private String trapUrl(String path) {
        return "http://127.0.0.1:" + trap.getLocalPort() + "/" + path;
    }

    private void acceptAll() {
        while (!trap.isClosed()) {
            try (Socket socket = trap.accept()) {
                connections.incrementAndGet();
            } catch (SocketException closed) {
                return;
            } catch (IOException ignored) {
                // keep listening
            }
        }
    }

    private void awaitConnection() {
        for (int i = 0; i < 100 && connections.get() == 0; i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
