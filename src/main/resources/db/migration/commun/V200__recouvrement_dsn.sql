-- Recouvrement : les DSN mensuelles acceptées, leurs salariés et les anomalies de calcul.
-- Une DSN rejetée n'écrit rien. Les lignes filles sont identifiées par leur rang dans la déclaration,
-- ce qui permet l'insertion par lots sans relire de clé générée.
create schema if not exists recouvrement;

create table recouvrement.declaration (
    id                   uuid          primary key,
    siren                varchar(9)    not null,
    siret                varchar(14)   not null,
    mois                 date          not null,
    nature               varchar(2)    not null,
    type                 varchar(2)    not null,
    fraction             varchar(2)    not null,
    numero_ordre         integer       not null,
    statut               varchar(12)   not null,
    remplace             uuid,
    remplacee_par        uuid,
    siret_emetteur       varchar(14)   not null,
    norme                varchar(6)    not null,
    test                 boolean       not null,
    effectif             integer,
    total_bordereau      numeric(15,2),
    individus            integer       not null,
    anomalies            integer       not null,
    nom_fichier          varchar(255)  not null,
    empreinte            varchar(64)   not null,
    deposee_le           timestamp     not null,
    echeance             date          not null,
    version_parametres   varchar(64)   not null
);
create index declaration_siret_mois on recouvrement.declaration (siret, mois);

create table recouvrement.avertissement (
    declaration_id uuid         not null references recouvrement.declaration (id),
    rang           integer      not null,
    ligne          integer      not null,
    rubrique       varchar(14)  not null,
    regle          varchar(30)  not null,
    message        text         not null,
    primary key (declaration_id, rang)
);

create table recouvrement.cotisation_agregee (
    declaration_id uuid          not null references recouvrement.declaration (id),
    rang           integer       not null,
    ligne          integer       not null,
    ctp            varchar(3)    not null,
    qualifiant     varchar(3)    not null,
    taux           numeric(7,3),
    assiette       numeric(15,2),
    montant        numeric(15,2),
    commune        varchar(5),
    primary key (declaration_id, rang)
);

create table recouvrement.individu (
    declaration_id uuid         not null references recouvrement.declaration (id),
    rang           integer      not null,
    ligne          integer      not null,
    nir            varchar(13),
    ntt            varchar(40),
    nom            varchar(80)  not null,
    prenoms        varchar(80)  not null,
    date_naissance date,
    sexe           varchar(2),
    primary key (declaration_id, rang)
);
create index individu_nir on recouvrement.individu (nir);

create table recouvrement.contrat (
    declaration_id        uuid         not null references recouvrement.declaration (id),
    individu              integer      not null,
    rang                  integer      not null,
    ligne                 integer      not null,
    numero                varchar(20),
    date_debut            date,
    date_fin              date,
    statut_conventionnel  varchar(2),
    statut_categoriel     varchar(2),
    nature                varchar(2),
    quotite               numeric(9,2),
    quotite_reference     numeric(9,2),
    code_risque_at        varchar(6),
    taux_at               numeric(7,3),
    siret_lieu_de_travail varchar(14),
    primary key (declaration_id, individu, rang)
);

create table recouvrement.versement (
    declaration_id uuid          not null references recouvrement.declaration (id),
    individu       integer       not null,
    rang           integer       not null,
    ligne          integer       not null,
    date_versement date,
    brut           numeric(15,2) not null,
    net_fiscal     numeric(15,2),
    net_verse      numeric(15,2),
    primary key (declaration_id, individu, rang)
);

create table recouvrement.remuneration (
    declaration_id uuid          not null references recouvrement.declaration (id),
    individu       integer       not null,
    versement      integer       not null,
    rang           integer       not null,
    ligne          integer       not null,
    debut          date,
    fin            date,
    numero_contrat varchar(20),
    type           varchar(3)    not null,
    heures         numeric(9,2),
    montant        numeric(15,2) not null,
    primary key (declaration_id, individu, versement, rang)
);

create table recouvrement.base_assujettie (
    declaration_id uuid          not null references recouvrement.declaration (id),
    individu       integer       not null,
    versement      integer       not null,
    rang           integer       not null,
    ligne          integer       not null,
    code           varchar(2)    not null,
    debut          date,
    fin            date,
    montant        numeric(15,2) not null,
    numero_contrat varchar(20),
    primary key (declaration_id, individu, versement, rang)
);

create table recouvrement.cotisation_individuelle (
    declaration_id uuid          not null references recouvrement.declaration (id),
    individu       integer       not null,
    versement      integer       not null,
    base           integer       not null,
    rang           integer       not null,
    ligne          integer       not null,
    code           varchar(3)    not null,
    organisme      varchar(20),
    assiette       numeric(15,2),
    montant        numeric(15,2) not null,
    taux           numeric(7,3),
    commune        varchar(5),
    primary key (declaration_id, individu, versement, base, rang)
);

create table recouvrement.anomalie (
    declaration_id uuid          not null references recouvrement.declaration (id),
    rang           integer       not null,
    individu       integer       not null,
    nir            varchar(13),
    date_versement date,
    nature         varchar(30)   not null,
    code           varchar(3)    not null,
    libelle        varchar(200)  not null,
    montant_declare numeric(15,2) not null,
    montant_calcule numeric(15,2) not null,
    primary key (declaration_id, rang)
);
