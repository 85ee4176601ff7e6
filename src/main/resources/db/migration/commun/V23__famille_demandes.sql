-- Famille : les demandes de prestation et leurs pièces justificatives. Chaque demande a son horloge : reçue le,
-- décidée le, payée le (premier versement après l'accord) ; les délais du rapport d'activité en sont tirés.
create sequence famille.numero_de_demande start with 1;

create table famille.demande (
    id             uuid          primary key,
    numero         varchar(20)   not null unique,
    foyer_id       uuid          not null,
    demandeur_id   uuid          not null,
    prestation     varchar(16)   not null,
    canal          varchar(20)   not null,
    recue_le       date          not null,
    statut         varchar(24)   not null,   -- RECUE, EN_INSTRUCTION, ACCORDEE, REJETEE
    instructeur    varchar(60),
    decidee_le     date,
    decidee_par    varchar(60),
    a_compter_du   date,                     -- accord : premier mois de droit
    montant_mensuel numeric(12,2),           -- accord : montant net du premier mois
    motif_de_rejet varchar(40),
    explication    text,
    payee_le       date,
    cree_le        timestamp     not null
);
create index demande_par_foyer on famille.demande (foyer_id);
create index demande_a_instruire on famille.demande (statut, recue_le);

create table famille.piece_de_demande (
    demande_id uuid        not null references famille.demande (id),
    piece      varchar(40) not null,
    recue_le   date,
    primary key (demande_id, piece)
);
