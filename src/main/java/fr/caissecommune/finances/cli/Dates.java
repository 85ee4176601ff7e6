package fr.caissecommune.finances.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Les dates des commandes : saisies {@code AAAA-MM-JJ}, affichées {@code JJ/MM/AAAA}. */
final class Dates implements ITypeConverter<LocalDate> {

    static final DateTimeFormatter EN_FRANCAIS = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Override
    public LocalDate convert(String texte) {
        try {
            return LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("date attendue au format AAAA-MM-JJ, « " + texte + " » reçu");
        }
    }
}
