-- Recouvrement : les comptes cotisants, leurs échéances (cotisations, majorations, pénalités, redressements),
-- les paiements et leur imputation, les prélèvements émis, les actes de recouvrement forcé (mise en demeure,
-- contrainte), les plans d'apurement, les contrôles d'employeurs, les décisions (remises, admissions en non-valeur)
-- et l'historique des contacts.

create table recouvrement.cotisant (
    id                 uuid          primary key,
    numero             varchar(18)   not null unique,
    categorie          varchar(30)   not null,
    nom                varchar(140)  not null,
    siret              varchar(14)   unique,
    siren              varchar(9),
    nir                varchar(15),
    personne_id        uuid,
    commune            varchar(5),
    statut             varchar(10)   not null,
    immatricule_le     date          not null,
    radie_le           date,
    motif_radiation    varchar(200),
    effectif           integer,
    taux_at            numeric(7,3),
    jour_exigibilite   integer       not null,
    mode_paiement      varchar(12)   not null,
    iban               varchar(34),
    bic                varchar(11),
    rum                varchar(35),
    mandat_signe_le    date,
    en_difficulte      boolean       not null,
    difficulte_motif   varchar(200)
);
create index cotisant_siren on recouvrement.cotisant (siren);
create index cotisant_nom on recouvrement.cotisant (nom);

create table recouvrement.echeance (
    id              uuid          primary key,
    cotisant_id     uuid          not null references recouvrement.cotisant (id),
    nature          varchar(20)   not null,
    periode         date          not null,
    exigible_le     date          not null,
    libelle         varchar(200)  not null,
    montant         numeric(15,2) not null,
    paye            numeric(15,2) not null,
    remis           numeric(15,2) not null,
    non_valeur      numeric(15,2) not null,
    declaration_id  uuid,
    origine         uuid,
    majoree_jusqua  date,
    cree_le         timestamp     not null
);
create index echeance_cotisant on recouvrement.echeance (cotisant_id, exigible_le);
create unique index echeance_declaration on recouvrement.echeance (declaration_id, nature);

create table recouvrement.paiement (
    id              uuid          primary key,
    cotisant_id     uuid          not null references recouvrement.cotisant (id),
    reference       varchar(35)   not null unique,
    mode            varchar(20)   not null,
    recu_le         date          not null,
    montant         numeric(15,2) not null,
    non_impute      numeric(15,2) not null,
    statut          varchar(10)   not null,
    motif_rejet     varchar(200),
    echeance_designee uuid
);
create index paiement_cotisant on recouvrement.paiement (cotisant_id, recu_le);

create table recouvrement.imputation (
    paiement_id  uuid          not null references recouvrement.paiement (id),
    echeance_id  uuid          not null references recouvrement.echeance (id),
    montant      numeric(15,2) not null,
    primary key (paiement_id, echeance_id)
);

create table recouvrement.prelevement (
    reference     varchar(35)   primary key,
    echeance_id   uuid          not null references recouvrement.echeance (id),
    cotisant_id   uuid          not null references recouvrement.cotisant (id),
    montant       numeric(15,2) not null,
    date_echeance date          not null,
    fichier       varchar(35),
    statut        varchar(10)   not null
);

create table recouvrement.acte (
    id           uuid          primary key,
    cotisant_id  uuid          not null references recouvrement.cotisant (id),
    nature       varchar(20)   not null,
    emis_le      date          not null,
    date_limite  date,
    montant      numeric(15,2) not null,
    statut       varchar(12)   not null,
    precedent    uuid
);
create index acte_cotisant on recouvrement.acte (cotisant_id);

create table recouvrement.plan (
    id           uuid          primary key,
    cotisant_id  uuid          not null references recouvrement.cotisant (id),
    accorde_le   date          not null,
    montant      numeric(15,2) not null,
    statut       varchar(12)   not null,
    motif        varchar(200)  not null,
    clos_le      date,
    motif_cloture varchar(200)
);

create table recouvrement.plan_versement (
    plan_id   uuid          not null references recouvrement.plan (id),
    rang      integer       not null,
    date_limite date        not null,
    montant   numeric(15,2) not null,
    paye      numeric(15,2) not null,
    primary key (plan_id, rang)
);

create table recouvrement.controle (
    id             uuid          primary key,
    cotisant_id    uuid          not null references recouvrement.cotisant (id),
    debut          date          not null,
    fin            date          not null,
    notifie_le     date          not null,
    redressement   numeric(15,2) not null,
    credit         numeric(15,2) not null,
    observations   varchar(500)  not null,
    controleur     varchar(100)  not null
);

create table recouvrement.decision (
    id           uuid          primary key,
    cotisant_id  uuid          not null references recouvrement.cotisant (id),
    echeance_id  uuid          references recouvrement.echeance (id),
    nature       varchar(20)   not null,
    montant      numeric(15,2) not null,
    motif        varchar(300)  not null,
    decideur     varchar(100)  not null,
    le           date          not null
);

create table recouvrement.contact (
    id           uuid          primary key,
    cotisant_id  uuid          not null references recouvrement.cotisant (id),
    le           timestamp     not null,
    canal        varchar(20)   not null,
    motif        varchar(200)  not null,
    suite        varchar(500)  not null,
    agent        varchar(100)  not null
);
create index contact_cotisant on recouvrement.contact (cotisant_id, le);

create sequence recouvrement.numero_de_compte start with 1;
