/**
 * The argument schemas the report's section builders share (a vector, or the reason a section is
 * skipped; a label function), checked with the library's argument machinery.
 */
import { z } from 'zod';
import { argument } from '../../core/argument-schemas.js';

/** @internal A ScoreVector, or a string saying why the section is skipped. */
export const vectorOrReason = z.union([z.string(), argument.vector]);

/** @internal A node → label function. */
export const labelFn = argument.fn;

/** @internal A list of node keys. */
export const nodeList = z.array(z.string());
