/**
 * Hand-written material for the boilerplate detector's tests, written for these tests (not taken
 * from the corpus templates, so passing them is not template memory): two invented articles,
 * boilerplate lines of every family in new wordings, and content lines that look like chrome
 * (headlines, sub-headings, pull quotes, lists, datelines, fact lines) and must stay.
 */

/** An invented news article: paragraphs separated by blank lines. */
export const ARTICLE_A = [
  'Ferry operators on the northern lakes cut their winter timetable by a third on Monday, blaming a shortage of licensed crew and a steep rise in fuel costs since the autumn.',
  'The Lakeside Transport Authority said the reduced service would run until at least the end of March, leaving several island villages with only two crossings a day.',
  '"We have done everything we can to keep the boats running, but we cannot sail without qualified people on board," the authority\'s operations director, Marit Solhaug, told reporters at the harbour.',
  'Residents of Brennøy, the largest of the islands, said the cuts would make it harder to reach the hospital and the secondary school on the mainland, both of which depend on the early morning crossing.',
  'The regional council has promised an emergency grant to train new deckhands, but union officials said it would take at least eighteen months before the first trainees could qualify.',
];

/** A second invented article on an unrelated subject. */
export const ARTICLE_B = [
  'A small museum in the hill town of Castelvecchio has recovered a fifteenth-century altarpiece that disappeared from its chapel during a storm more than forty years ago.',
  'Police found the painted panels in the attic of a farmhouse being cleared for sale, wrapped in sacking and stored beside a collection of old farm tools.',
  'Restorers said the paint had survived remarkably well, although water damage along the lower edge would need several months of careful work before the piece could go on display.',
  'The museum plans to show the altarpiece in its original chapel from next spring, once a new climate-controlled case has been installed.',
];

/** Boilerplate lines in new wordings, by the family they should be typed with. */
export const BOILERPLATE: Record<string, readonly string[]> = {
  'ads-txt': ['bidcrest-media.com, 884120, DIRECT, 9a7c31e0ff12b6d4', 'MANAGERDOMAIN=bidcrest-media.com'],
  'legal-footer': ['© 2025 Lakeside Courier Ltd. All rights reserved.', 'Terms of Service | Privacy Policy | Accessibility | Contact us'],
  'cookie-notice': ['We use cookies and similar tools to analyse traffic and personalise ads. Accept all | Reject all', 'Manage your privacy choices'],
  'newsletter-prompt': ['Get the Lakeside Morning newsletter in your inbox every weekday. Sign up free.', 'Enter your email address to receive our weekly digest'],
  'donation-appeal': ['Our reporting is funded by readers like you. Please donate today: https://lakesidecourier.example/give'],
  'social-embed': ['— Marit Solhaug (@marit_solhaug) January 12, 2025', 'View this post on Instagram'],
  'image-credit': ['Photo: Jonas Fjeld/Nordlys Images', 'Passengers wait at the pier in Brennøy on Monday. (Photo by Ane Lie/Fjordpress)'],
  'byline': ['By Ingrid Haugen, Transport Correspondent', 'Last updated: 13 January 2025, 09:14'],
  'comment-spam': ['lakefan_1988 says: I make $400 a day from home with this simple trick, visit www.easy-cash-daily.biz', 'Reply'],
  'call-to-action': ['READ MORE: Bridge plan for the islands shelved again', 'Follow us on WhatsApp for the latest updates from the lakes'],
  'related-articles': ['You might also like', 'Most read'],
};

/** Content lines of ARTICLE_A that look like page furniture but are article text. */
export const HARD_CONTENT: readonly string[] = [
  'Island ferries cut as crew shortage bites',
  'What happens next',
  'A lifeline under strain',
  '"Without the boat, there is no school for our children," said parent Kari Nilsen.',
  'BRENNØY, Norway, Jan 13 (Nordic Wire) - Island residents staged a silent protest at the ferry pier on Tuesday after operators confirmed the reduced winter timetable.',
  '• Two crossings a day until March',
  '• Emergency grant for new deckhands',
  '• Hospital transport by road on weekends',
  'Ferry passengers: 2019 — 412,000; 2023 — 356,500; 2024 — 331,200.',
  'Crossings cut: Brennøy 6 to 2, Solvik 4 to 2, Lauvøy 3 to 1 (weekdays, from 13 January).',
];

/** Content lines of ARTICLE_B, in the same spirit. */
export const HARD_CONTENT_B: readonly string[] = [
  'Lost altarpiece found in farmhouse attic',
  'A long restoration',
  'Back to the chapel',
  '"We had given up hope of ever seeing it again," said curator Elena Marchetti.',
  '• Panels found wrapped in sacking',
  '• Water damage along the lower edge',
  'Museum visitors: 2022 — 18,400; 2023 — 21,900; 2024 — 24,350.',
  'Altarpiece: tempera on poplar, 3 panels, 142 x 96 cm (c. 1460).',
];

/** Join paragraphs with blank lines. */
export const page = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');
