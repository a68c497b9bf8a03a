import { ts } from 'ts-morph';

export default ts;
