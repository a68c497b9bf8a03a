/**
 * The cheap look at a page before remark sees it: whether it can be API reference at all.
 * Every method page declares its call in an `rpc` line (gRPC layouts) or under an
 * `HTTP request` / `HTTP-запрос` heading (REST layouts); a page with neither is a concept,
 * how-to, index or include stub and is skipped unread. The test is loose on purpose — it
 * only has to never miss a page the layouts would read: Cyrillic lookalikes of the Latin
 * letters count, and zero-width characters are ignored.
 */
const RPC = /(?:^|[^\p{L}\p{N}_])[rR][pPрР][cCсС](?![\p{L}\p{N}_])/mu;
const HTTP_HEADING = /^ {0,3}#{1,6}[ \t][^\n]*[HНhн][TТtт][TТtт][PРpр]/mu;
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

// A legacy REST page's title: one that lost its request line is still read, to say so.
const METHOD_TITLE = /^ {0,3}#[ \t]+(?:Method|Метод)[ \t]+\w+[ \t]*$/mu;

export function mayBeApiReference(text: string): boolean {
  const visible = INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
  return RPC.test(visible) || HTTP_HEADING.test(visible) || METHOD_TITLE.test(visible);
}
