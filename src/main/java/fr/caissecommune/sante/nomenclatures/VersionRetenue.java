package fr.caissecommune.sante.nomenclatures;

import java.time.LocalDate;

/**
 * La version d'une nomenclature retenue pour une date de soins. Quand aucune version chargée n'était en
 * vigueur à cette date, la plus ancienne est retenue et {@code anterieure} le signale (l'explication du décompte
 * le dit) : l'historique des versions précédentes n'est pas livré.
 */
public record VersionRetenue<T>(T contenu, String nom, LocalDate enVigueurDu, boolean anterieure) {
}
