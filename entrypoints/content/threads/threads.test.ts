import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentBody, commentSource, proseOf } from './common.ts';
import { readThread, THREAD_READERS } from './index.ts';

function page(name: string): Document {
	const html = readFileSync(join(process.cwd(), 'tests/pages/threads', name), 'utf8');
	return new DOMParser().parseFromString(html, 'text/html');
}

function read(name: string, site: string, fieldSelector: string) {
	const doc = page(name);
	const field = doc.querySelector(fieldSelector);
	if (!field) throw new Error(`${name}: no field ${fieldSelector}`);
	return readThread(doc, field, site);
}

const summary = (t: ReturnType<typeof readThread>) => t.comments.map((c) => `${c.author}|${c.role ?? ''}`);

/** Which comments the reader marked as the thread's opener (`ThreadComment.post`), by index. */
const posts = (t: ReturnType<typeof readThread>) => t.comments.flatMap((c, i) => (c.post ? [i] : []));

describe('github', () => {
	it('reads the classic issue timeline: authors, roles, times; drops quotes, code, minimized and hidden mail', () => {
		const t = read('github-issue.html', 'github', 'textarea.js-comment-field');
		// "Author" alone: the author with no association to the repository (author_association NONE);
		// the opening post shows no badge and takes the one the same person's later comment shows.
		expect(summary(t)).toEqual([
			'pat-reporter|None',
			'sam-maint|Member',
			'pat-reporter|None',
			'lee-new|First-time contributor',
		]);
		expect(t.viewer).toBe('dana-dev');
		expect(t.comments[0]?.time).toBe('2025-03-01T09:00:00Z');
		expect(t.comments[0]?.text).toContain('crashes the app every time');
		expect(t.comments[0]?.text).not.toContain('buffer overflow');
		expect(t.comments[0]?.text).toContain('click code .');
		expect(t.comments[1]?.text).toBe('Thanks for the report. Which version are you on?');
		expect(t.comments[3]?.text).not.toContain('old mail');
	});

	it('reads the React issue view, taking the author from the avatar link when no name text is shown', () => {
		const t = read('github-react-issue.html', 'github', 'textarea[aria-label="Markdown value"]');
		expect(summary(t)).toEqual(['ray|Contributor', 'owner-olga|Owner', 'ray|Contributor']);
		expect(t.comments[2]?.text).toBe('Sure, I will try this weekend.');
	});

	it('takes the association (Owner, Member, Contributor…) over the "Author" badge shown before it', () => {
		const doc = new DOMParser().parseFromString(
			`<div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/olga">olga</a>
			<span class="Label">Author</span><span class="Label">Owner</span></div>
			<div class="comment-body"><p>Closing as a duplicate.</p></div></div>
			<form><textarea class="js-comment-field"></textarea></form>`,
			'text/html',
		);
		const field = doc.querySelector('textarea') as Element;
		expect(summary(readThread(doc, field, 'github'))).toEqual(['olga|Owner']);
	});

	it('reads a comment that shows only "Author" as an outside participant (None), on the heated demo too', () => {
		const doc = new DOMParser().parseFromString(
			`<div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/kim">kim</a>
			<span class="Label">Author</span></div><div class="comment-body"><p>Still broken.</p></div></div>
			<div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/olga">olga</a>
			<span class="Label">Member</span></div><div class="comment-body"><p>Works for me.</p></div></div>
			<div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/ned">ned</a>
			</div><div class="comment-body"><p>Same here.</p></div></div>
			<form><textarea class="js-comment-field"></textarea></form>`,
			'text/html',
		);
		const field = doc.querySelector('textarea') as Element;
		// No badge at all in a comment header the reader knows: GitHub shows no badge for author_association NONE,
		// so ned is an outside participant too.
		expect(summary(readThread(doc, field, 'github'))).toEqual(['kim|None', 'olga|Member', 'ned|None']);
		const demo = read('github-heated-thread.html', 'github', 'textarea.js-comment-field');
		expect(summary(demo)).toEqual([
			'kim-user|None',
			'lee-maint|Owner',
			'kim-user|None',
			'lee-maint|Owner',
			'kim-user|None',
			'pat-other|None',
		]);
	});

	it('no badge where the reader cannot tell: a header it does not know, or the React issue body (shows none)', () => {
		// A badge-less comment takes the association the same person's other comments show, before "no badge"
		// counts as None: an Owner whose opening post shows no badge stays the Owner.
		const borrowed = new DOMParser().parseFromString(
			`<div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/olga">olga</a>
			</div><div class="comment-body"><p>Tracking the export bug here.</p></div></div>
			<div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/olga">olga</a>
			<span class="Label">Owner</span></div><div class="comment-body"><p>Fixed on main.</p></div></div>
			<form><textarea class="js-comment-field"></textarea></form>`,
			'text/html',
		);
		const field = borrowed.querySelector('textarea') as Element;
		expect(summary(readThread(borrowed, field, 'github'))).toEqual(['olga|Owner', 'olga|Owner']);
		// Markup with no header the reader knows: nothing says where a badge would be, so no role.
		const unknown = new DOMParser().parseFromString(
			`<div class="timeline-comment"><a class="author" href="/ned">ned</a>
			<div class="comment-body"><p>Same here.</p></div></div>
			<form><textarea class="js-comment-field"></textarea></form>`,
			'text/html',
		);
		expect(summary(readThread(unknown, unknown.querySelector('textarea') as Element, 'github'))).toEqual([
			'ned|',
		]);
		// The React view's issue body shows no association: unknown unless the author's comments show one.
		const react = page('github-react-issue.html');
		react.querySelectorAll('.react-issue-comment').forEach((c, i) => {
			if (i > 0) c.remove();
		});
		const field2 = react.querySelector('textarea[aria-label="Markdown value"]') as Element;
		expect(summary(readThread(react, field2, 'github'))).toEqual(['ray|', 'owner-olga|Owner']);
	});

	it('reads a bot as Bot, not an outside participant: the "bot" label, an /apps/ link or the [bot] suffix', () => {
		const t = read('github-bot-thread.html', 'github', 'textarea.js-comment-field');
		expect(summary(t)).toEqual([
			'kim-user|None',
			'github-actions|Bot',
			'kim-user|None',
			'stale[bot]|Bot',
			'sam-maint|Member',
		]);
		// A bot's badge-less comment stays Bot; a "bot" label wins over an association shown beside it.
		const doc = new DOMParser().parseFromString(
			`<div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/dependabot">dependabot[bot]</a>
			</div><div class="comment-body"><p>Bumps lodash from 4.17.20 to 4.17.21.</p></div></div>
			<div class="timeline-comment"><div class="timeline-comment-header"><a class="author" href="/renovate">renovate</a>
			<span class="Label">Contributor</span><span class="Label">bot</span></div><div class="comment-body"><p>Rebased.</p></div></div>
			<form><textarea class="js-comment-field"></textarea></form>`,
			'text/html',
		);
		expect(summary(readThread(doc, doc.querySelector('textarea') as Element, 'github'))).toEqual([
			'dependabot[bot]|Bot',
			'renovate|Bot',
		]);
	});

	it('keeps an inline review reply to its own review thread, without suggested-change code', () => {
		const doc = page('github-pr-review.html');
		const inline = readThread(
			doc,
			doc.querySelector('.js-inline-comment-form textarea') as Element,
			'github',
		);
		expect(summary(inline)).toEqual(['ben|Collaborator', 'ana|Contributor']);
		expect(inline.comments[0]?.text).not.toContain('new Map');
		const main = readThread(doc, doc.querySelector('#main-box') as Element, 'github');
		expect(summary(main)).toEqual(['ana|Contributor', 'ben|Collaborator', 'ana|Contributor', 'carl|Owner']);
	});

	it('when editing a comment, reads only the comments above it', () => {
		const doc = page('github-issue.html');
		const second = doc.querySelectorAll('.timeline-comment')[1];
		const editor = doc.createElement('textarea');
		second?.appendChild(editor);
		expect(summary(readThread(doc, editor, 'github'))).toEqual(['pat-reporter|None']);
	});

	it('marks no opener: the issue body is a turn of the conversation', () => {
		for (const file of ['github-issue.html', 'github-heated-thread.html', 'github-discussion.html']) {
			const doc = page(file);
			const field = doc.querySelector('textarea');
			if (!field) throw new Error(`${file}: no textarea`);
			const t = readThread(doc, field, 'github');
			expect(t.comments.length).toBeGreaterThan(1);
			expect(posts(t)).toEqual([]);
		}
	});

	it('reads a discussion with nested replies in page order', () => {
		const t = read('github-discussion.html', 'github', '#new-answer textarea');
		expect(summary(t)).toEqual(['vic|None', 'kit|None', 'ned|None', 'mo|Maintainer', 'vic|None']);
	});

	it("a reply in a discussion answer's thread reads the opening post and that answer, not the other answers", () => {
		const t = read('github-discussion.html', 'github', '.discussion-nested-comment-timeline-item textarea');
		expect(summary(t)).toEqual(['vic|None', 'mo|Maintainer', 'vic|None']);
	});
});

describe('discourse', () => {
	it('reads loaded posts with OP/moderator roles, skipping hidden posts, quotes and code', () => {
		const t = read('discourse-topic.html', 'discourse', 'textarea.d-editor-input');
		expect(summary(t)).toEqual(['jo|OP', 'mel|Moderator', 'jo|OP']);
		expect(t.comments[1]?.text).toBe('Yes, see the pinned post. Which plugin API do you use?');
		expect(t.comments[2]?.text).not.toContain('hooks.register');
		expect(t.comments[0]?.time).toBe('2025-01-01T00:00:00.000Z');
		expect(t.viewer).toBe('quinn');
		// Post 1 opens the topic; the others reply to it.
		expect(posts(t)).toEqual([0]);
	});

	it('marks no opener when post 1 is not loaded (Discourse unloads far-away posts)', () => {
		const doc = page('discourse-topic.html');
		doc.querySelector('[data-post-number="1"]')?.remove();
		const t = readThread(doc, doc.querySelector('textarea.d-editor-input') as Element, 'discourse');
		expect(summary(t)).toEqual(['mel|Moderator', 'jo|OP']);
		expect(posts(t)).toEqual([]);
	});

	it("reads Discourse's own accounts (system, discobot) as Bot", () => {
		const doc = page('discourse-topic.html');
		const names = doc.querySelectorAll('.names .username a');
		const second = names[1];
		if (second) second.textContent = 'system';
		const t = readThread(doc, doc.querySelector('textarea.d-editor-input') as Element, 'discourse');
		expect(summary(t)).toEqual(['jo|OP', 'system|Bot', 'jo|OP']);
	});
});

describe('reddit', () => {
	it('reads the post and only the parent chain of the reply (shreddit)', () => {
		const t = read('reddit-shreddit.html', 'reddit', '#reply-box');
		expect(summary(t)).toEqual(['op_writer|OP', 'fan_one|', 'skeptic_two|', 'op_writer|OP']);
		expect(t.comments[0]?.text).toContain('Is it worth learning Rust');
		expect(t.comments[3]?.text).toBe('Why so hostile? I only asked a question.');
		expect(t.comments.some((c) => c.text.includes('Unrelated'))).toBe(false);
		expect(posts(t)).toEqual([0]);
	});

	it('still reads a collapsed comment in the parent chain, and only the post for a top-level reply', () => {
		const doc = page('reddit-shreddit.html');
		doc.querySelector('shreddit-comment[author="skeptic_two"]')?.setAttribute('collapsed', '');
		const chain = readThread(doc, doc.querySelector('#reply-box') as Element, 'reddit');
		expect(summary(chain)).toEqual(['op_writer|OP', 'fan_one|', 'skeptic_two|', 'op_writer|OP']);
		const top = doc.createElement('div');
		top.setAttribute('contenteditable', 'true');
		doc.querySelector('shreddit-post')?.after(top);
		expect(summary(readThread(doc, top, 'reddit'))).toEqual(['op_writer|OP']);
	});

	it('reads AutoModerator as Bot, though Reddit distinguishes it as a moderator', () => {
		const doc = page('reddit-shreddit.html');
		const mid = doc.querySelector('shreddit-comment[author="skeptic_two"]');
		mid?.setAttribute('author', 'AutoModerator');
		mid?.setAttribute('distinguished', 'moderator');
		const t = readThread(doc, doc.querySelector('#reply-box') as Element, 'reddit');
		expect(summary(t)).toEqual(['op_writer|OP', 'fan_one|', 'AutoModerator|Bot', 'op_writer|OP']);
		const old = page('reddit-old.html');
		const helper = old.querySelector('.thing.comment[data-author="helper"]');
		helper?.setAttribute('data-author', 'AutoModerator');
		expect(summary(readThread(old, old.querySelector('#old-reply') as Element, 'reddit'))).toEqual([
			'poster|OP',
			'AutoModerator|Bot',
			'poster|OP',
		]);
	});

	it('reads old.reddit parent chains', () => {
		const t = read('reddit-old.html', 'reddit', '#old-reply');
		expect(summary(t)).toEqual(['poster|OP', 'helper|', 'poster|OP']);
		expect(posts(t)).toEqual([0]);
		expect(t.viewer).toBe('me_here');
	});
});

describe('hackernews', () => {
	it('marks nobody Bot: Hacker News shows no bot accounts', () => {
		for (const [file, box] of [
			['hackernews-item.html', '#top-box'],
			['hackernews-item.html', '#deep-box'],
			['hackernews-comment-item.html', '#top-box'],
		] as const)
			expect(read(file, 'hackernews', box).comments.every((c) => c.role !== 'Bot')).toBe(true);
	});

	it("the story's reply box reads the story and the top-level comments, skipping reply links", () => {
		// Replies deeper in the tree answer their own parents: other conversations than a reply to the story.
		const t = read('hackernews-item.html', 'hackernews', '#top-box');
		expect(summary(t)).toEqual(['builder|OP', 'critic|', 'lurker|']);
		expect(t.comments[0]?.text).toContain('Show HN: A tiny database');
		expect(t.comments[1]?.text).toContain('Where is the WAL?');
		expect(t.comments[1]?.text).not.toContain('reply');
		expect(t.comments[1]?.time).toBe('2025-07-01T13:00:00');
		expect(t.viewer).toBe('reader9');
		expect(posts(t)).toEqual([0]);
	});

	it("a reply box under a comment reads the story and that comment's parent chain (by indent level)", () => {
		const t = read('hackernews-item.html', 'hackernews', '#deep-box');
		expect(summary(t)).toEqual(['builder|OP', 'lurker|', 'builder|OP', 'lurker|']);
		expect(t.comments[3]?.text).toBe('Makes sense, thanks for sharing the code.');
		expect(posts(t)).toEqual([0]);
	});
});

describe('hackernews comment item', () => {
	it("on a comment's own page, reads that comment (the one being replied to) and its replies, no empty story", () => {
		const t = read('hackernews-comment-item.html', 'hackernews', '#top-box');
		expect(summary(t)).toEqual(['critic|', 'builder|']);
		expect(t.comments[0]?.text).toBe('Calling this a database is a stretch. Did you test a single crash?');
		expect(t.comments.every((c) => c.text !== '')).toBe(true);
		// That comment is a reply in its own exchange, not an opener.
		expect(posts(t)).toEqual([]);
	});
});

describe('lemmy', () => {
	it('reads the post and the parent chain of the comment being replied to, with OP / mod badges', () => {
		const t = read('lemmy-post.html', 'lemmy', '#markdown-textarea-reply');
		// lake is a remote user (lake@feddit.de): Lemmy's link title and href carry the instance; the card says
		// "@lake@feddit.de" as Lemmy writes them (handles.ts).
		expect(summary(t)).toEqual(['river|OP', 'stone|Moderator', 'lake@feddit.de|', 'river|OP']);
		expect(t.comments[0]?.text).toBe('Notes app 2.0 is out\n\nThe new release adds sync between devices.');
		// Code and quotes are not the comment's own words; the other branches (ember, hill) are other conversations.
		expect(t.comments[2]?.text).toBe('I tried the sync on two laptops and it kept one note twice.');
		expect(t.comments[3]?.text).toBe('Good catch. Which version were you on?');
		expect(posts(t)).toEqual([0]);
	});

	it('reads a bot account\'s "Bot" pill as Bot', () => {
		const doc = page('lemmy-post.html');
		const lake = doc.querySelector('a.person-listing[title="@lake@feddit.de"]');
		const pill = doc.createElement('span');
		pill.className = 'badge text-bg-light';
		pill.textContent = 'Bot';
		lake?.after(pill);
		const t = readThread(doc, doc.querySelector('#markdown-textarea-reply') as Element, 'lemmy');
		expect(summary(t)).toEqual(['river|OP', 'stone|Moderator', 'lake@feddit.de|Bot', 'river|OP']);
	});

	it('names a remote user with their instance, as Lemmy does; a display name stays as shown', () => {
		const doc = new DOMParser().parseFromString(
			`<div class="post-listing"><h1>Sync</h1><a class="person-listing" title="@river" href="/u/river"><span>river</span></a></div>
			<ul class="comments">
			<li class="comment"><article class="comment-node"><a class="person-listing" title="@lake@feddit.de" href="/u/lake@feddit.de"><span>lake</span></a>
			<div class="comment-content"><div class="md-div"><p>Remote, no display name.</p></div></div></article></li>
			<li class="comment"><article class="comment-node"><a class="person-listing" title="@lake" href="/u/lake"><span>lake</span></a>
			<div class="comment-content"><div class="md-div"><p>A local lake: another person.</p></div></div></article></li>
			<li class="comment"><article class="comment-node"><a class="person-listing" href="/u/fen@lemmy.ml"><span>@fen</span><small>@lemmy.ml</small></a>
			<div class="comment-content"><div class="md-div"><p>Instance in its own element, no title.</p></div></div></article></li>
			<li class="comment"><article class="comment-node"><a class="person-listing" title="@moss@beehaw.org" href="/u/moss@beehaw.org"><span>Moss Green</span></a>
			<div class="comment-content"><div class="md-div"><p>A display name.</p></div></div></article></li>
			<li class="comment"><article class="comment-node"><a class="person-listing" href="https://feddit.de/u/lake"><span>lake</span></a>
			<div class="comment-content"><div class="md-div"><p>Remote through its real link.</p></div></div></article></li>
			</ul><textarea id="top"></textarea>`,
			'text/html',
		);
		const t = readThread(doc, doc.querySelector('#top') as Element, 'lemmy');
		expect(t.comments.map((c) => c.author)).toEqual([
			'river',
			'lake@feddit.de',
			'lake',
			'fen@lemmy.ml',
			'Moss Green',
			'lake@feddit.de',
		]);
	});

	it("the post's comment form reads the post and the top-level comments (admin badge), skipping collapsed ones", () => {
		const t = read('lemmy-post.html', 'lemmy', '#markdown-textarea-top');
		expect(summary(t)).toEqual(['river|OP', 'stone|Moderator', 'hill|Admin']);
		expect(posts(t)).toEqual([0]);
	});
});

describe('stackexchange', () => {
	it('reads the post a comment box sits under, with its comments', () => {
		const t = read('stackexchange-question.html', 'stackexchange', '#q-comment');
		expect(summary(t)).toEqual(['asker|OP', 'helpful_h|', 'grumpy_g|Moderator']);
		expect(t.comments[0]?.text).toBe('How do I reverse a list in place?');
		expect(posts(t)).toEqual([0]);
	});

	it('puts the question first when commenting under an answer, and reads everything for the answer box', () => {
		// The comments under the question are another conversation: a comment on the answer joins the answer's.
		const underAnswer = read('stackexchange-question.html', 'stackexchange', '#a-comment');
		expect(summary(underAnswer)).toEqual(['asker|OP', 'answerer|', 'asker|OP']);
		// The question opens the page; the answer replies to it.
		expect(posts(underAnswer)).toEqual([0]);
		const all = read('stackexchange-question.html', 'stackexchange', '#wmd-input');
		expect(all.comments).toHaveLength(5);
		expect(posts(all)).toEqual([0]);
	});

	it('marks the Community user (id -1, "Community♦") Bot: its automatic comment and the post it owns', () => {
		// Session 19: the Community user's "PLEASE ADD DETAILS … CLOSED" comment read as a moderator's.
		expect(summary(read('stackexchange-community.html', 'stackexchange', '#q-comment'))).toEqual([
			'vexed_vera|OP',
			'Community|Bot',
			'terse_tom|',
			'vexed_vera|OP',
		]);
		// The answer it owns (its edit of the question is not authorship: the owner's signature comes first).
		expect(summary(read('stackexchange-community.html', 'stackexchange', '#a-comment'))).toEqual([
			'vexed_vera|OP',
			'Community|Bot',
			'vexed_vera|OP',
		]);
	});

	it('knows the Community user by name only with its diamond or Bot badge; a person named Community stays a person', () => {
		const doc = page('stackexchange-community.html');
		const links = [...doc.querySelectorAll('#question .comment-user')];
		// Without the id in the link: the diamond beside the name still says it is the Community user.
		links[0]?.setAttribute('href', '/users/community');
		// A person who calls themselves "Community", no diamond, no badge.
		if (links[1]) {
			links[1].textContent = 'Community';
			links[1].setAttribute('href', '/users/77/community');
		}
		const t = readThread(doc, doc.querySelector('#q-comment') as Element, 'stackexchange');
		expect(summary(t)).toEqual(['vexed_vera|OP', 'Community|Bot', 'Community|', 'vexed_vera|OP']);
	});
});

describe('readThread', () => {
	it('gives an empty thread for sites without a reader; every reader is registered', () => {
		const doc = page('github-issue.html');
		const field = doc.querySelector('textarea') as Element;
		expect(readThread(doc, field, 'generic')).toEqual({ site: 'generic', comments: [] });
		const readers = { ...THREAD_READERS };
		expect(Object.keys(readers).sort()).toEqual([
			'discourse',
			'github',
			'hackernews',
			'lemmy',
			'reddit',
			'stackexchange',
		]);
	});

	it('proseOf keeps paragraphs and drops controls', () => {
		const doc = new DOMParser().parseFromString(
			'<div><p>One</p><p>Two <button>x</button></p></div>',
			'text/html',
		);
		expect(proseOf(doc.querySelector('div'))).toBe('One\n\nTwo');
	});
});

describe('commentSource', () => {
	/** Each comment read keeps the page element it came from, so the card can point at it. */
	const cases: [string, string, string][] = [
		['github-heated-thread.html', 'github', 'textarea.js-comment-field'],
		['github-pr-review.html', 'github', '.js-inline-comment-form textarea'],
		['github-react-issue.html', 'github', 'textarea[aria-label="Markdown value"]'],
		['discourse-topic.html', 'discourse', 'textarea.d-editor-input'],
		['reddit-shreddit.html', 'reddit', '#reply-box'],
		['reddit-old.html', 'reddit', '#old-reply'],
		['hackernews-item.html', 'hackernews', '#top-box'],
		['lemmy-post.html', 'lemmy', '#markdown-textarea-reply'],
		['stackexchange-question.html', 'stackexchange', '#a-comment'],
	];
	it.each(cases)('%s: every comment maps to the element showing its text', (name, site, field) => {
		const t = read(name, site, field);
		expect(t.comments.length).toBeGreaterThan(1);
		for (const c of t.comments) {
			const el = commentSource(c);
			expect(el, `${c.author}: no source`).toBeDefined();
			const words = c.text
				.split(/\s+/)
				.slice(-3)
				.join(' ')
				.replace(/[.?!]$/, '');
			expect(el?.textContent?.replace(/\s+/g, ' ')).toContain(words);
		}
	});

	it('a comment built by hand (the CLI, a test) has no source', () => {
		expect(commentSource({ author: 'a', text: 'b' })).toBeUndefined();
		expect(commentBody({ author: 'a', text: 'b' })).toBeUndefined();
	});

	it.each(cases.filter(([, site]) => site === 'github'))(
		'%s: the body shows the text, not the header (session 24: badges were counted as text lines)',
		(name, site, field) => {
			const t = read(name, site, field);
			for (const c of t.comments) {
				const body = commentBody(c);
				const source = commentSource(c);
				expect(body, `${c.author}: no body`).toBeDefined();
				expect(body === source || source?.contains(body ?? null), `${c.author}: body outside`).toBe(true);
				const shown = body?.textContent?.replace(/\s+/g, ' ') ?? '';
				expect(shown).toContain(c.text.split(/\s+/).slice(0, 3).join(' '));
				expect(shown).not.toMatch(/\b(Owner|Member|Contributor|commented)\b/);
			}
		},
	);

	it('other sites: the body is the element the comment was read from', () => {
		const t = read('discourse-topic.html', 'discourse', 'textarea.d-editor-input');
		for (const c of t.comments) expect(commentBody(c)).toBe(commentSource(c));
	});
});
