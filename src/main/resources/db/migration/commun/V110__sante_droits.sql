-- Santé : les droits des bénéficiaires (PUMa, ayants droit, carte Vitale, médecin traitant, ALD, maternité, AME).
-- Les périodes sont semi-ouvertes [debut..fin) : le jour de fin n'en fait pas partie ; fin nulle = en cours.
create schema if not exists sante;

-- Un bénéficiaire connu de la caisse : la personne du référentiel, son NIR et sa date de naissance recopiés
-- (la liquidation cherche par NIR sans interroger le référentiel) ; son décès, qui clôt ses droits.
create table sante.beneficiaire (
    personne        uuid         primary key,
    nir             varchar(15)  unique,
    nom             varchar(255) not null,
    date_naissance  date         not null,
    deces           date
);

-- L'affiliation à la protection universelle maladie : à titre personnel (activité ou résidence) ou comme
-- ayant droit mineur d'un ou deux assurés.
create table sante.affiliation (
    id              uuid         primary key,
    personne        uuid         not null references sante.beneficiaire (personne),
    titre           varchar(16)  not null,   -- ACTIVITE, RESIDENCE, AYANT_DROIT
    ouvrant_droit_1 uuid         references sante.beneficiaire (personne),
    ouvrant_droit_2 uuid         references sante.beneficiaire (personne),
    debut           date         not null,
    fin             date,
    motif           varchar(255) not null,
    motif_de_fin    varchar(255)
);
create index affiliation_par_personne on sante.affiliation (personne, debut);
create index affiliation_par_ouvrant_droit on sante.affiliation (ouvrant_droit_1);

create table sante.carte_vitale (
    id              uuid         primary key,
    personne        uuid         not null references sante.beneficiaire (personne),
    demandee_le     date         not null,
    statut          varchar(20)  not null,   -- DEMANDEE, PHOTO_ATTENDUE, EN_FABRICATION, ENVOYEE, OPPOSEE
    statut_le       date         not null
);
create index carte_vitale_par_personne on sante.carte_vitale (personne);

create table sante.medecin_traitant (
    id              uuid         primary key,
    personne        uuid         not null references sante.beneficiaire (personne),
    rpps            varchar(11)  not null,
    nom             varchar(255) not null,
    debut           date         not null,
    fin             date
);
create index medecin_traitant_par_personne on sante.medecin_traitant (personne, debut);

-- Une affection de longue durée reconnue ; codes : les actes et produits du protocole exonérés, séparés par des espaces.
create table sante.ald (
    id              uuid         primary key,
    personne        uuid         not null references sante.beneficiaire (personne),
    affection       varchar(255) not null,
    debut           date         not null,
    fin             date,
    codes           text         not null
);
create index ald_par_personne on sante.ald (personne);

create table sante.grossesse (
    id                  uuid     primary key,
    personne            uuid     not null references sante.beneficiaire (personne),
    debut               date     not null,
    accouchement_prevu  date     not null,
    accouchement        date
);
create index grossesse_par_personne on sante.grossesse (personne);

create table sante.ame (
    id              uuid         primary key,
    personne        uuid         not null references sante.beneficiaire (personne),
    debut           date         not null,
    fin             date         not null
);
create index ame_par_personne on sante.ame (personne);

-- Complémentaire santé solidaire : la demande (foyer, ressources des douze mois), son instruction et sa décision.
create table sante.demande_c2s (
    id                      uuid          primary key,
    demandeur               uuid          not null references sante.beneficiaire (personne),
    deposee_le              date          not null,
    ressources              numeric(12,2) not null,
    renouvellement_de       uuid          references sante.demande_c2s (id),
    statut                  varchar(16)   not null,   -- DEPOSEE, ACCORDEE, REFUSEE
    forme                   varchar(16),              -- GRATUITE, PARTICIPATION (décision d'accord)
    debut                   date,
    fin                     date,
    participation_mensuelle numeric(8,2),
    explication             text,
    decidee_le              date,
    decidee_par             varchar(64)
);
create index demande_c2s_par_demandeur on sante.demande_c2s (demandeur);
create index demande_c2s_par_statut on sante.demande_c2s (statut);

-- Les membres du foyer couverts par la demande (le demandeur compris) et leur participation mensuelle.
create table sante.membre_c2s (
    demande                 uuid          not null references sante.demande_c2s (id),
    personne                uuid          not null references sante.beneficiaire (personne),
    participation_mensuelle numeric(8,2),
    primary key (demande, personne)
);
create index membre_c2s_par_personne on sante.membre_c2s (personne);
