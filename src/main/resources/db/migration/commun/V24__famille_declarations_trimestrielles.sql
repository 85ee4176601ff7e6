-- Famille : les déclarations trimestrielles de ressources (RSA, prime d'activité). Une déclaration par foyer et par
-- trimestre de droit (trimestre = premier mois du trimestre civil dont elle fixe les droits, sur les ressources des
-- trois mois précédents). Attendue, reçue, ou en retard : le retard suspend le versement jusqu'à la réception.
create table famille.declaration_trimestrielle (
    foyer_id     uuid        not null,
    trimestre    date        not null,
    statut       varchar(12) not null,   -- ATTENDUE, RECUE, EN_RETARD
    date_limite  date        not null,
    recue_le     date,
    canal        varchar(20),
    suspendue_le date,
    cree_le      timestamp   not null,
    primary key (foyer_id, trimestre)
);
create index declaration_a_relancer on famille.declaration_trimestrielle (statut, date_limite);
