import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareReportIds } from '../../lib/model';
import { ROOT, runKb, type KbRun } from './run-kb';

const SAMPLE = path.join(ROOT, 'content');
const SR_IOV_ENTRY = '2014-01-2014-03/pci-sr-iov-infrastructure';

interface ProjectOutput {
  slug: string;
  title: string;
  url: string;
  span: { first: number; last: number };
  entries: Array<Record<string, unknown> & { id: string; report: string; project: string }>;
}

let run: KbRun;
let projects: ProjectOutput[] = [];
let srIov: ProjectOutput | undefined;

beforeAll(() => {
  run = runKb(['projects', '--json', '--content', SAMPLE]);
  projects = JSON.parse(run.stdout) as ProjectOutput[];
  srIov = projects.find((p) => p.entries.some((e) => e.id === SR_IOV_ENTRY));
});

describe('kb projects', () => {
  it('--json prints every project with its entries in time order, each entry with the contract fields', () => {
    expect(run.status).toBe(0);
    expect(projects.length).toBeGreaterThan(3);
    for (const project of projects) {
      expect(project.url).toBe(`/projects/${project.slug}`);
      const reports = project.entries.map((e) => e.report);
      expect(reports).toEqual([...reports].sort(compareReportIds));
      for (const entry of project.entries) {
        expect(Object.keys(entry).sort()).toEqual(['category', 'id', 'project', 'report', 'slug', 'title', 'url']);
        expect(entry.project).toBe(project.slug);
      }
    }
  });

  it('--json places every entry of the sample in exactly one project', () => {
    const stats = JSON.parse(runKb(['stats', '--json', '--content', SAMPLE]).stdout) as { entries: number; projects: number };
    const ids = projects.flatMap((p) => p.entries.map((e) => e.id));
    expect(ids.length).toBe(stats.entries);
    expect(new Set(ids).size).toBe(ids.length);
    expect(stats.projects).toBe(projects.length);
  });

  it('prints one line per project: slug, entry count, span, title', () => {
    const text = runKb(['projects', '--content', SAMPLE]);
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(projects.length);
    expect(srIov).toBeDefined();
    const line = lines.find((l) => l.startsWith(`${srIov?.slug} `));
    expect(line).toMatch(new RegExp(`\\s${srIov?.entries.length} entries\\s+2014–2025\\s+${srIov?.title}$`));
  });
});

describe('kb show <project slug>', () => {
  it('prints the project with its entries oldest first', () => {
    const show = runKb(['show', srIov?.slug ?? '?', '--content', SAMPLE]);
    expect(show.status).toBe(0);
    expect(show.stdout.split('\n')[0]).toBe(`${srIov?.title} (${srIov?.slug})`);
    expect(show.stdout).toContain('Marta Lindqvist');
    const order = ['2014 Q1', '2015 Q4', '2018'].map((label) => show.stdout.indexOf(label));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('--json prints the project in full, entries with their bodies', () => {
    const show = runKb(['show', srIov?.slug ?? '?', '--json', '--content', SAMPLE]);
    expect(show.status).toBe(0);
    const json = JSON.parse(show.stdout) as { slug: string; people: Array<{ slug: string }>; entries: Array<{ id: string; body: string; project: string }> };
    expect(json.slug).toBe(srIov?.slug);
    expect(json.entries.map((e) => e.id)).toEqual(srIov?.entries.map((e) => e.id));
    expect(json.entries.every((e) => e.project === srIov?.slug && e.body.length > 0)).toBe(true);
    expect(json.people.map((p) => p.slug)).toContain('marta-lindqvist');
  });

  it('names the project of an entry shown with kb show', () => {
    const show = runKb(['show', SR_IOV_ENTRY, '--json', '--content', SAMPLE]);
    expect((JSON.parse(show.stdout) as { project: string }).project).toBe(srIov?.slug);
  });
});
