package fr.caissecommune.finances.sepa;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Un écrivain StAX qui indente ce qu'il écrit, et les formats de valeurs communs aux messages ISO 20022. */
final class XmlIndente {

    private static final XMLOutputFactory FABRIQUE = XMLOutputFactory.newFactory();

    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final XMLStreamWriter xml;
    private int profondeur;

    XmlIndente(OutputStream sortie, String espaceDeNoms) {
        try {
            xml = FABRIQUE.createXMLStreamWriter(sortie, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(espaceDeNoms);
            ouvrir("Document");
            xml.writeDefaultNamespace(espaceDeNoms);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Écriture XML impossible : " + e.getMessage(), e);
        }
    }

    XmlIndente ouvrir(String nom) {
        try {
            nouvelleLigne();
            xml.writeStartElement(nom);
            profondeur++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Écriture XML impossible : " + e.getMessage(), e);
        }
    }

    XmlIndente fermer() {
        try {
            profondeur--;
            nouvelleLigne();
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Écriture XML impossible : " + e.getMessage(), e);
        }
    }

    XmlIndente element(String nom, String texte) {
        try {
            nouvelleLigne();
            xml.writeStartElement(nom);
            xml.writeCharacters(texte);
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Écriture XML impossible : " + e.getMessage(), e);
        }
    }

    /** Un montant en euros : {@code <nom Ccy="EUR">12.34</nom>}. */
    XmlIndente montant(String nom, BigDecimal montant) {
        try {
            nouvelleLigne();
            xml.writeStartElement(nom);
            xml.writeAttribute("Ccy", "EUR");
            xml.writeCharacters(decimal(montant));
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Écriture XML impossible : " + e.getMessage(), e);
        }
    }

    /** {@code <parent><Id><IBAN>…</IBAN></Id></parent>}. */
    XmlIndente iban(String parent, String iban) {
        return ouvrir(parent).ouvrir("Id").element("IBAN", iban).fermer().fermer();
    }

    /**
     * {@code <parent><FinInstnId><BICFI>…</BICFI></FinInstnId></parent>}, ou l'identifiant « NOTPROVIDED » que
     * l'EPC prévoit quand le BIC n'est pas fourni et que l'élément est obligatoire.
     */
    XmlIndente agent(String parent, String bic) {
        ouvrir(parent).ouvrir("FinInstnId");
        if (bic.equals("NOTPROVIDED")) {
            ouvrir("Othr").element("Id", bic).fermer();
        } else {
            element("BICFI", bic);
        }
        return fermer().fermer();
    }

    void terminer() {
        try {
            fermer();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Écriture XML impossible : " + e.getMessage(), e);
        }
    }

    private void nouvelleLigne() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(profondeur));
    }

    /** Un montant ISO 20022 : point décimal, deux décimales exactement (règle SEPA). */
    static String decimal(BigDecimal montant) {
        try {
            return montant.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Montant invalide : " + montant.toPlainString() + " compte plus de deux décimales");
        }
    }

    static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    static String dateHeure(LocalDateTime dateHeure) {
        return dateHeure.format(DATE_HEURE);
    }
}
