package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.util.List;

/**
 * The notes under a table or chart: 「注：」 then the notes, numbered when there are several. They
 * are the last row of the table or chart block, so they never drift onto the next page alone.
 */
final class NotesWriter {

    private final Typesetter type;

    NotesWriter(Typesetter type) {
        this.type = type;
    }

    void addTo(PdfPTable table, List<String> notes, int colspan) {
        if (notes.isEmpty()) {
            return;
        }
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setColspan(colspan);
        cell.setPaddingLeft(0);
        cell.setPaddingTop(3);
        String prefix = YearbookText.get("table.note.prefix");
        for (int i = 0; i < notes.size(); i++) {
            String number = notes.size() == 1 ? "" : (i + 1) + ". ";
            String lead = i == 0 ? prefix : "　　";
            Paragraph paragraph = type.paragraph(lead + number + notes.get(i), TextStyle.NOTE);
            float hanging = TextStyle.NOTE.size() * 2;
            paragraph.setIndentationLeft(hanging);
            paragraph.setFirstLineIndent(-hanging);
            cell.addElement(paragraph);
        }
        table.addCell(cell);
    }
}
