/**
 * Entities while mentions are grouped: a cluster holds the mentions of one real-world referent,
 * its type and how sure that is, and its distinct roles and equivalent names; mentions join a
 * cluster and clusters merge into one another.
 */
import type { EntityType } from '../model';
import { canonicalForm } from '../../text/names';
import type { NameMention } from './mentions';

export interface Cluster {
  mentions: NameMention[];
  type: EntityType | undefined;
  confidence: number;
  /**
   * Distinct roles and equivalent names in the order first seen. Lists, not sets: an entity has
   * few or none, and a set costs far more to create for each of the thousands of entities.
   */
  roles: string[];
  equivalents: string[];
}

/** Adds the item to a list of distinct items unless it is there already. */
export function addDistinct(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

export function mergeInto(kept: Cluster, merged: Cluster): void {
  for (const mention of merged.mentions) addMention(kept, mention);
  merged.mentions = [];
  for (const role of merged.roles) addDistinct(kept.roles, role);
  for (const equivalent of merged.equivalents) addDistinct(kept.equivalents, equivalent);
}

export function newCluster(): Cluster {
  return { mentions: [], type: undefined, confidence: -1, roles: [], equivalents: [] };
}

export function addMention(cluster: Cluster, name: NameMention): void {
  cluster.mentions.push(name);
  if (name.role) addDistinct(cluster.roles, name.role);
  if (name.appositiveRole) addDistinct(cluster.roles, name.appositiveRole);
  if (name.type && name.confidence > cluster.confidence) {
    cluster.type = name.type;
    cluster.confidence = name.confidence;
  }
}

/** Owns a part shared by two different entities ("Amodei" of Dario and Daniela Amodei), which links to neither. */
export const AMBIGUOUS = Symbol('ambiguous');

export function nameKey(form: string): string {
  const key = form.toLowerCase();
  const straight = key.includes('’') ? key.replace(/’/g, "'") : key;
  return canonicalForm(straight.startsWith('the ') ? straight.slice(4) : straight);
}
