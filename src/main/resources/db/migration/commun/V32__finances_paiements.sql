-- Finances : les fichiers SEPA remis à la banque et les ordres de paiement (virements) ordonnancés par les
-- branches. La référence d'un ordre est sa clé : un ordre déjà connu n'est jamais enregistré ni payé deux fois.
create table finances.fichier_sepa (
    id             uuid          primary key,
    type           varchar(20)   not null,
    format         varchar(20)   not null,
    msg_id         varchar(35)   not null unique,
    chemin         varchar(500)  not null,
    nombre         int           not null,
    total          numeric(17,2) not null,
    sha256         varchar(64)   not null,
    date_execution date          not null,
    valide_par     varchar(100)  not null,
    valide_le      timestamp     not null
);

create table finances.ordre_de_paiement (
    reference       varchar(35)   primary key,
    origine         varchar(40)   not null,
    tiers           varchar(100)  not null,
    beneficiaire    varchar(140)  not null,
    iban            varchar(34)   not null,
    bic             varchar(11),
    montant         numeric(15,2) not null check (montant > 0),
    date_execution  date          not null,
    libelle         varchar(140)  not null,
    compte_de_tiers varchar(10)   not null references finances.compte (numero),
    statut          varchar(20)   not null,
    fichier         uuid          references finances.fichier_sepa (id),
    ordonnance_le   timestamp     not null
);

create index ordre_de_paiement_a_transmettre on finances.ordre_de_paiement (statut, date_execution);
create index ordre_de_paiement_par_tiers on finances.ordre_de_paiement (tiers);
create index ordre_de_paiement_par_fichier on finances.ordre_de_paiement (fichier);
