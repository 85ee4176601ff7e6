-- Référentiel : la situation de chaque foyer, reconstruite de ses faits à chaque écriture et gardée sous forme
-- compacte (JSON), pour que les traitements de masse (paie mensuelle) lisent un foyer en une ligne. Les faits
-- restent la source : la situation compacte se reconstruit à l'identique à partir d'eux.
create table referentiel.situation_du_foyer (
    foyer_id    uuid      primary key references referentiel.foyer (id),
    donnees     text      not null,
    mise_a_jour timestamp not null
);
