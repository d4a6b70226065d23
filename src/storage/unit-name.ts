// The normal form of unit names is pure and lives in the domain (backups match units by it too).
export { cleanUnitName, normalizeUnitName, searchKeysOf } from '@/domain/units/unit-name';
