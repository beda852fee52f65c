package cn.justice.yearbook.render.workbook;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.justice.yearbook.render.workbook.FindingsSheetXml.MAIN_NS;
import static cn.justice.yearbook.render.workbook.FindingsSheetXml.XML_HEAD;

/**
 * The two parts that carry a sheet's cell comments: the comments (who, which cell, the text) and the legacy VML
 * drawing Excel still needs to show them, each a hidden note box anchored as {@link CellMark#box()} says. The
 * shape markup is what POI's {@code XSSFVMLDrawing} writes.
 */
final class CommentParts {

    private CommentParts() {
    }

    static byte[] comments(List<CellMark> marks) {
        StringBuilder xml = new StringBuilder(1024).append(XML_HEAD).append("<comments xmlns=\"").append(MAIN_NS)
                .append("\"><authors><author>").append(CellMark.AUTHOR).append("</author></authors><commentList>");
        for (CellMark mark : marks) {
            xml.append("<comment ref=\"").append(mark.cell().formatAsString(false))
                    .append("\" authorId=\"0\"><text><t xml:space=\"preserve\">");
            FindingsSheetXml.escape(xml, TextCells.fit(mark.comment()));
            xml.append("</t></text></comment>");
        }
        return xml.append("</commentList></comments>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param drawing this drawing's number in the workbook, unique among its VML drawings: Excel numbers the
     *                shapes of drawing n from 1024 n + 1 and lists n in the shape layout's id map
     */
    static byte[] vml(List<CellMark> marks, int drawing) {
        StringBuilder xml = new StringBuilder(2048)
                .append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
                .append(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
                .append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").append(drawing).append("\"/></o:shapelayout>")
                .append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
                .append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        int shape = 1024 * drawing;
        for (CellMark mark : marks) {
            CellMark.CommentBox box = mark.box();
            xml.append("<v:shape id=\"_x0000_s").append(++shape).append("\" type=\"#_x0000_t202\"")
                    .append(" style=\"position:absolute; visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                    .append("<v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                    .append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/>")
                    .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>")
                    .append("<x:Anchor>").append(box.col1()).append(", 0, ").append(box.row1()).append(", 0, ")
                    .append(box.col2()).append(", 0, ").append(box.row2()).append(", 0</x:Anchor>")
                    .append("<x:AutoFill>False</x:AutoFill><x:Row>").append(mark.cell().getRow())
                    .append("</x:Row><x:Column>").append(mark.cell().getCol()).append("</x:Column></x:ClientData></v:shape>");
        }
        return xml.append("</xml>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
