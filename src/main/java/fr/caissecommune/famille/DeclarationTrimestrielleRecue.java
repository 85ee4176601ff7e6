package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;

import fr.caissecommune.referentiel.FoyerId;

/** Publié quand une déclaration trimestrielle de ressources est reçue ; {@code enRetard} si elle l'a été après la date limite (suspension levée). */
public record DeclarationTrimestrielleRecue(FoyerId foyer, YearMonth trimestre, LocalDate recueLe, boolean enRetard) {
}
