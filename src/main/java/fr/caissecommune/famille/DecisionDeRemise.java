package fr.caissecommune.famille;

import java.time.LocalDate;

import fr.caissecommune.commun.Montant;

/**
 * La décision de remise de dette prise par la Commission de recours amiable sur un indu de prestations familiales
 * (CSS art. L553-2, dernier alinéa : la créance peut être réduite ou remise en cas de précarité de la situation du
 * débiteur, sauf manœuvre frauduleuse ou fausse déclaration). C'est l'entrée que le module des recours transmet à la branche Famille.
 *
 * @param referenceDeLIndu la référence de l'indu (celle de la régularisation et de la créance)
 * @param montant le montant remis, au plus le reste dû
 * @param motivation la motivation de la commission (précarité, bonne foi…)
 * @param seance la date de la séance de la commission
 */
public record DecisionDeRemise(String referenceDeLIndu, Montant montant, String motivation, LocalDate seance) {
}
