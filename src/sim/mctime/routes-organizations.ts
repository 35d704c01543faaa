// GET /organizations and GET /organizations/{id} (mctime.md §3.5, §3.6).
import type { Router, SimRequest } from '../common/server.js';
import { boolParam, guarded, pageParam, type SimContext } from './context.js';
import { SimHttpError, ok } from './envelope.js';
import type { McTimeOrganization } from './state.js';

const ORGS_PAGE_SIZE = 50;

function active(o: McTimeOrganization, now: Date): boolean {
  return !o.validTo || Date.parse(o.validTo) >= now.getTime();
}

/** List row: clients read `id` and `organizationName` (mctime.md §3.5). */
function row(o: McTimeOrganization) {
  return {
    id: o.id,
    organizationName: o.name,
    type: o.type,
    parentOrganizationUnitId: o.parentId,
    validFrom: o.validFrom,
    validTo: o.validTo,
  };
}

function detail(o: McTimeOrganization) {
  return {
    id: o.id,
    validFrom: o.validFrom,
    validTo: o.validTo,
    name: { organizationName: o.name, description: '' },
    organizationType: { type: o.type, parentOrganizationUnitId: o.parentId },
  };
}

function listOrganizations(ctx: SimContext, req: SimRequest, keyUserId: string) {
  const page = pageParam(req);
  const inactive = boolParam(req, 'inactive');
  const scope = ctx.state.scopeOf(keyUserId);
  const orgId = req.query.get('organizationId');
  let orgs: McTimeOrganization[];
  if (orgId) {
    const org = ctx.state.org(orgId);
    if (!org) throw new SimHttpError(404, 'Organization not found');
    if (!scope.has(org.id)) throw new SimHttpError(401, 'Organization not accessible');
    // The organization and its first-level children; a name search runs inside that subtree.
    orgs = req.query.get('organizationName')
      ? [...ctx.state.subtree(org.id)].map((id) => ctx.state.org(id)!)
      : [org, ...ctx.state.children(org.id)];
  } else {
    orgs = req.query.get('organizationName')
      ? ctx.state.organizations
      : ctx.state.organizations.filter((o) => o.parentId === null);
  }
  orgs = orgs.filter((o) => scope.has(o.id));
  const name = req.query.get('organizationName');
  if (name) orgs = orgs.filter((o) => o.name.toLowerCase().includes(name.toLowerCase()));
  const types = req.query.getAll('types');
  if (types.length > 0) orgs = orgs.filter((o) => types.includes(o.type));
  const now = ctx.now();
  orgs = orgs.filter((o) => active(o, now) !== inactive);
  const rows = orgs.slice((page - 1) * ORGS_PAGE_SIZE, page * ORGS_PAGE_SIZE).map(row);
  return ok({ organizations: rows }, 'Success!');
}

function getOrganization(ctx: SimContext, req: SimRequest, keyUserId: string) {
  const org = ctx.state.org(req.params.id ?? '');
  if (!org) throw new SimHttpError(404, 'Organization not found');
  if (!ctx.state.scopeOf(keyUserId).has(org.id)) throw new SimHttpError(401, 'Organization not accessible');
  return ok(detail(org), 'success');
}

export function addOrganizationRoutes(router: Router, ctx: SimContext): void {
  router.add(
    'GET',
    '/api/v2/auth/organizations',
    guarded(ctx, (req, key) => listOrganizations(ctx, req, key)),
  );
  router.add(
    'GET',
    '/api/v2/auth/organizations/:id',
    guarded(ctx, (req, key) => getOrganization(ctx, req, key)),
  );
}
