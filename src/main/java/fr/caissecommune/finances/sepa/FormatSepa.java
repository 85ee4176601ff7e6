package fr.caissecommune.finances.sepa;

import java.io.IOException;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Les messages ISO 20022 que la caisse remet à sa banque, chacun avec son schéma XSD officiel (copié dans
 * {@code src/main/resources/sepa/}). La validation lit le fichier en flux (SAX) : sa taille est sans effet sur
 * la mémoire.
 */
public enum FormatSepa {

    /** Ordre de virements SEPA (SCT). */
    PAIN_001_001_09("pain.001.001.09"),
    /** Ordre de prélèvements SEPA (SDD). */
    PAIN_008_001_08("pain.008.001.08");

    private final String nom;
    private volatile @Nullable Schema schema;

    FormatSepa(String nom) {
        this.nom = nom;
    }

    public String nom() {
        return nom;
    }

    /**
     * Valide le fichier contre le schéma XSD du format.
     *
     * @throws IllegalStateException en français, avec la ligne et la colonne de la première erreur
     */
    public void valider(Path fichier) {
        try {
            var validateur = schema().newValidator();
            validateur.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validateur.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validateur.validate(new StreamSource(fichier.toFile()));
        } catch (SAXParseException e) {
            throw new IllegalStateException("Fichier " + nom + " non conforme au schéma XSD (ligne " + e.getLineNumber()
                    + ", colonne " + e.getColumnNumber() + ") : " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Fichier " + nom + " illisible : " + e.getMessage(), e);
        }
    }

    private Schema schema() {
        var charge = schema;
        if (charge == null) {
            var xsd = FormatSepa.class.getResource("/sepa/" + nom + ".xsd");
            if (xsd == null) {
                throw new IllegalStateException("Schéma XSD " + nom + " absent du classpath (sepa/" + nom + ".xsd)");
            }
            try {
                var fabrique = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                fabrique.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                charge = fabrique.newSchema(xsd);
            } catch (SAXException e) {
                throw new IllegalStateException("Schéma XSD " + nom + " illisible : " + e.getMessage(), e);
            }
            schema = charge;
        }
        return charge;
    }
}
