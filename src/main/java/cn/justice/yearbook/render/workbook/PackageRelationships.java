package cn.justice.yearbook.render.workbook;

import org.apache.poi.openxml4j.opc.PackageNamespaces;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The relationships of one part ({@code …/_rels/<part>.rels}), read or new, with those the feedback adds. */
final class PackageRelationships {

    static final String NS = PackageNamespaces.RELATIONSHIPS;

    /** @param part the part the target resolves to; null for an external target */
    record Relationship(String id, String type, String part) {
    }

    private final String source;
    private final Document document;
    private final List<Relationship> relationships = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private PackageRelationships(String source, Document document) throws CopyDeclined {
        this.source = source;
        this.document = document;
        Element root = document.getDocumentElement();
        if (!NS.equals(root.getNamespaceURI()) || root.getPrefix() != null) {
            throw new CopyDeclined("relationships of " + source + " are not in the package namespace");
        }
        for (Element rel : XmlParts.children(root, NS, "Relationship")) {
            String id = rel.getAttribute("Id");
            boolean external = "External".equals(rel.getAttribute("TargetMode"));
            relationships.add(new Relationship(id, rel.getAttribute("Type"),
                    external ? null : SourcePackage.resolve(source, rel.getAttribute("Target"))));
            ids.add(id);
        }
    }

    /** The relationships of {@code part}: read from the package, or none yet. */
    static PackageRelationships of(SourcePackage pkg, String part) throws CopyDeclined {
        String rels = SourcePackage.relsOf(part);
        if (pkg.has(rels)) {
            return new PackageRelationships(part, pkg.xml(rels));
        }
        return new PackageRelationships(part, XmlParts.constant("<Relationships xmlns=\"" + NS + "\"/>"));
    }

    List<Relationship> all() {
        return relationships;
    }

    Relationship byId(String id) {
        return relationships.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** @param type a relationship type in full, as {@code XSSFRelation.getRelation()} gives it */
    boolean hasType(String type) {
        return relationships.stream().anyMatch(r -> r.type().equals(type));
    }

    /** Adds a relationship of {@code type} (in full, as {@code XSSFRelation.getRelation()} gives it) to {@code part}; its new id. */
    String add(String type, String part) {
        int n = relationships.size() + 1;
        while (ids.contains("rId" + n)) {
            n++;
        }
        String id = "rId" + n;
        Element rel = document.createElementNS(NS, "Relationship");
        rel.setAttribute("Id", id);
        rel.setAttribute("Type", type);
        rel.setAttribute("Target", SourcePackage.relative(source, part));
        document.getDocumentElement().appendChild(rel);
        relationships.add(new Relationship(id, type, part));
        ids.add(id);
        return id;
    }

    String partName() {
        return SourcePackage.relsOf(source);
    }

    byte[] toBytes() {
        return XmlParts.toBytes(document);
    }
}
