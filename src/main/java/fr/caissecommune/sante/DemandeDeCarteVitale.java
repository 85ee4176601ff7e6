package fr.caissecommune.sante;

import java.time.LocalDate;
import java.util.UUID;

/** Une demande de carte Vitale et son étape. */
public record DemandeDeCarteVitale(UUID id, UUID personne, LocalDate demandeeLe, StatutDeCarteVitale statut, LocalDate statutLe) {
}
