package fr.caissecommune.famille;

import java.time.LocalDate;
import java.time.YearMonth;

import fr.caissecommune.referentiel.FoyerId;

/**
 * Publié quand une déclaration trimestrielle n'est pas reçue à sa date limite ; le versement des prestations qui en
 * dépendent est suspendu.
 */
public record DeclarationTrimestrielleEnRetard(FoyerId foyer, YearMonth trimestre, LocalDate dateLimite) {
}
