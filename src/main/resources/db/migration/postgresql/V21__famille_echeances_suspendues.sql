-- Les échéances suspendues faute de coordonnées bancaires, relues à chaque lot de la paie : un index partiel,
-- minuscule, au lieu d'un parcours de toutes les échéances.
create index echeance_suspendue on famille.echeance (foyer_id) where statut = 'SANS_COMPTE_BANCAIRE';
