import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// The README is the users' page (it ships in the .vsix) and docs/ the engineers': every relative link and
// anchor between them must lead somewhere, the README must list every command the manifest declares, and it
// stays short enough to read in the Extensions view.

const ROOT = path.join(__dirname, '../../..'); // out/test/unit → the project
const README = path.join(ROOT, 'README.md');
const pages = [README, ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'docs', f))];

/** The text a reader sees as prose: fenced blocks and inline code hold no links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[^]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of markdown.replace(/^```[^]*?^```/gm, '').matchAll(/^#{1,6} +(.+)$/gm)) {
    const slug = heading.trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?: "[^"]*")?\)/g)].map((m) => m[1]).filter((target) => !/^[a-z]+:/i.test(target));
}

describe('README and docs/', () => {
  for (const page of pages) {
    it(`every relative link of ${path.relative(ROOT, page)} resolves, anchors included`, () => {
      const broken: string[] = [];
      for (const link of relativeLinks(fs.readFileSync(page, 'utf8'))) {
        const [file, anchor] = link.split('#');
        const target = file ? path.resolve(path.dirname(page), decodeURIComponent(file)) : page;
        if (!fs.existsSync(target)) {
          broken.push(`${link}: no such file`);
        } else if (anchor !== undefined && !anchors(fs.readFileSync(target, 'utf8')).has(anchor)) {
          broken.push(`${link}: no heading with that anchor`);
        }
      }
      assert.deepEqual(broken, []);
    });
  }

  it('the README names every command of package.json by its id', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    const readme = fs.readFileSync(README, 'utf8');
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).filter((id) => !readme.includes(`\`${id}\``)), []);
  });

  it('the README is a page for users: at most 300 lines, and it still states the test command CI runs', () => {
    const readme = fs.readFileSync(README, 'utf8');
    assert.ok(readme.split('\n').length <= 300, `the README has ${readme.split('\n').length} lines`);
    assert.match(readme, /^npm test\b/m);
  });
});
