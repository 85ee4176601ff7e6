package fr.caissecommune.sante.calcul;

import java.time.LocalDate;
import java.util.Optional;

/** Les paramètres de la liquidation à une date ; vide avant le début de l'historique tenu. */
@FunctionalInterface
public interface ParametresALaDate {

    Optional<ParametresSante> a(LocalDate date);
}
