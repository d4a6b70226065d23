/** `npm run bench`: every benchmark, each figure beside a raw baseline measured in the same run. */
import { domainFigures } from './domain-bench';
import { formatFigures } from './measure';

console.log(formatFigures('领域核心（Node）', domainFigures()));
