-- Famille : plans de remboursement des indus. Tant qu'un plan est en cours et respecté, aucune retenue n'est opérée
-- sur les prestations du foyer ; une mensualité impayée plus d'un mois après son échéance fait dénoncer le plan et
-- la retenue reprend. Les règlements passent par les créances des finances (encaissement).
create table famille.plan_de_remboursement (
    id                uuid          primary key,
    foyer_id          uuid          not null,
    montant_total     numeric(12,2) not null,
    mensualite        numeric(12,2) not null,
    premiere_echeance date          not null,
    nombre_d_echeances integer      not null,
    statut            varchar(12)   not null,   -- EN_COURS, SOLDE, DENONCE
    accorde_le        date          not null,
    accorde_par       varchar(60)   not null,
    cloture_le        date
);
create index plan_par_foyer on famille.plan_de_remboursement (foyer_id, statut);

create table famille.echeance_de_plan (
    plan_id   uuid          not null references famille.plan_de_remboursement (id),
    rang      integer       not null,
    echeance  date          not null,
    montant   numeric(12,2) not null,
    paye      numeric(12,2) not null,
    paye_le   date,
    primary key (plan_id, rang)
);
