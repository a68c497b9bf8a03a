// Partial constructs the YFM table tokenizer runs through `effects.check`.
// Each one looks ahead a bounded distance (the rest of a line, or the next
// non-blank line) and never produces events, so a check costs at most the
// text it reads once more when the tokenizer consumes it for real.
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import { codes, types } from 'micromark-util-symbol';

type Next = (code: Code) => State | undefined;

/** Consume a run of spaces/tabs (if any) inside a throwaway token, then go on. */
function skipSpace(effects: Effects, next: Next): State {
  return function before(code) {
    if (!markdownSpace(code)) return next(code);
    effects.enter(types.whitespace);
    return inside(code);
  };
  function inside(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return inside;
    }
    effects.exit(types.whitespace);
    return next(code);
  }
}

function consumeLineEnding(effects: Effects, code: Code): void {
  effects.enter(types.lineEnding);
  effects.consume(code);
  effects.exit(types.lineEnding);
}

/** Whether the line that starts here belongs to the same container (not lazy, not eof). */
function onContinuationLine(context: TokenizeContext, code: Code): boolean {
  return code !== codes.eof && !context.parser.lazy[context.now().line];
}

/** At an eol: the next line exists and continues the current container. */
export const nonLazyLineEnding: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const self = this;
    return (code) => {
      consumeLineEnding(effects, code);
      return after;
    };
    function after(code: Code) {
      return onContinuationLine(self, code) ? ok(code) : nok(code);
    }
  },
};

/** At an eol: after any blank lines, the next line starts with a cell delimiter `|`. */
export const delimiterOnNextNonBlankLine: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const self = this;
    return atLineEnding;
    function atLineEnding(code: Code): State | undefined {
      consumeLineEnding(effects, code);
      return lineStart;
    }
    function lineStart(code: Code) {
      return onContinuationLine(self, code) ? skipSpace(effects, afterSpace)(code) : nok(code);
    }
    function afterSpace(code: Code) {
      if (markdownLineEnding(code)) return atLineEnding(code);
      return code === codes.verticalBar ? ok(code) : nok(code);
    }
  },
};

/**
 * At an eol between rows: after any blank lines, the next line starts with a
 * row marker `||` or the table end `|#`.
 */
export const rowOnNextNonBlankLine: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const self = this;
    return atLineEnding;
    function atLineEnding(code: Code): State | undefined {
      consumeLineEnding(effects, code);
      return lineStart;
    }
    function lineStart(code: Code) {
      return onContinuationLine(self, code) ? skipSpace(effects, afterSpace)(code) : nok(code);
    }
    function afterSpace(code: Code): State | undefined {
      if (markdownLineEnding(code)) return atLineEnding(code);
      // Liquid tags (`{% if … %}`) around rows are not content: look past them.
      if (code === codes.leftCurlyBrace) return effects.attempt(liquidTag, skipSpace(effects, afterSpace), nok)(code);
      if (code !== codes.verticalBar) return nok(code);
      effects.enter(types.data);
      effects.consume(code);
      return afterPipe;
    }
    function afterPipe(code: Code) {
      return code === codes.verticalBar || code === codes.numberSign ? ok(code) : nok(code);
    }
  },
};

/** At `{`: a liquid tag `{% … %}` that closes on this line. */
export const liquidTag: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter(types.data);
      effects.consume(code);
      return percent;
    };
    function percent(code: Code): State | undefined {
      if (code !== codes.percentSign) return nok(code);
      effects.consume(code);
      return inside;
    }
    function inside(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) return nok(code);
      effects.consume(code);
      return code === codes.percentSign ? afterPercent : inside;
    }
    function afterPercent(code: Code): State | undefined {
      if (code !== codes.rightCurlyBrace) return inside(code);
      effects.consume(code);
      effects.exit(types.data);
      return ok;
    }
  },
};

function pipeFollowedBy(second: NonNullable<Code>): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      return (code) => {
        effects.enter(types.data);
        effects.consume(code);
        return after;
      };
      function after(code: Code) {
        return code === second ? ok(code) : nok(code);
      }
    },
  };
}

/** At `|`: it is a row marker `||`. */
export const rowMarker = pipeFollowedBy(codes.verticalBar);

/** At `|`: it is the table end `|#`. */
export const closeMarker = pipeFollowedBy(codes.numberSign);

/**
 * At a row marker `||`: more than whitespace or a table end follows on the
 * same line, so the marker opens a row rather than closing one.
 */
export const rowMarkerBeforeContent: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    let seen = 0;
    return marker;
    function marker(code: Code): State | undefined {
      if (code === codes.verticalBar && seen < 2) {
        if (seen === 0) effects.enter(types.data);
        seen++;
        effects.consume(code);
        return marker;
      }
      if (seen < 2) return nok(code);
      effects.exit(types.data);
      return skipSpace(effects, afterSpace)(code);
    }
    function afterSpace(code: Code) {
      if (code === codes.eof || markdownLineEnding(code)) return nok(code);
      if (code !== codes.verticalBar) return ok(code);
      effects.enter(types.data);
      effects.consume(code);
      return afterPipe;
    }
    function afterPipe(code: Code) {
      return code === codes.numberSign ? nok(code) : ok(code);
    }
  },
};

/**
 * At `>` or `^` after a cell delimiter: the cell holds nothing but that merge
 * marker (colspan `>` / rowspan `^`).
 */
export const mergeMarkerCell: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter(types.data);
      effects.consume(code);
      effects.exit(types.data);
      return skipSpace(effects, afterSpace);
    };
    function afterSpace(code: Code) {
      if (code === codes.verticalBar || code === codes.eof) return ok(code);
      if (markdownLineEnding(code)) return effects.check(delimiterOnNextNonBlankLine, ok, nok)(code);
      return nok(code);
    }
  },
};

/** At a backtick run: a run of exactly the same length closes it on this line. */
export const codeSpanCloses: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    let openSize = 0;
    let runSize = 0;
    return (code) => {
      effects.enter(types.data);
      return opening(code);
    };
    function opening(code: Code): State | undefined {
      if (code === codes.graveAccent) {
        openSize++;
        effects.consume(code);
        return opening;
      }
      return inside(code);
    }
    function inside(code: Code): State | undefined {
      if (code === codes.graveAccent) {
        runSize++;
        effects.consume(code);
        return inside;
      }
      if (runSize === openSize) return ok(code);
      runSize = 0;
      if (code === codes.eof || markdownLineEnding(code)) return nok(code);
      effects.consume(code);
      return inside;
    }
  },
};

/**
 * At a line start `` ` `` or `~`: a fenced code opening (three or more
 * markers; a backtick fence's info string holds no backtick).
 */
export const fenceOpening: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    let marker: Code = codes.eof;
    let size = 0;
    return (code) => {
      marker = code;
      effects.enter(types.data);
      return sequence(code);
    };
    function sequence(code: Code): State | undefined {
      if (code === marker) {
        size++;
        effects.consume(code);
        return sequence;
      }
      if (size < 3) return nok(code);
      return marker === codes.tilde ? ok(code) : info(code);
    }
    function info(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) return ok(code);
      if (code === codes.graveAccent) return nok(code);
      effects.consume(code);
      return info;
    }
  },
};

/** At the second `{` of `{{`: a `}}` follows on this line (a liquid expression). */
export const liquidCloses: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter(types.data);
      effects.consume(code);
      return inside;
    };
    function inside(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) return nok(code);
      effects.consume(code);
      return code === codes.rightCurlyBrace ? afterBrace : inside;
    }
    function afterBrace(code: Code): State | undefined {
      return code === codes.rightCurlyBrace ? ok(code) : inside(code);
    }
  },
};

/** At `{` after the table end `|#`: an attribute block closes the line. */
export const attributeBlockAtLineEnd: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter(types.data);
      effects.consume(code);
      return inside;
    };
    function inside(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code) || code === codes.leftCurlyBrace) {
        return nok(code);
      }
      effects.consume(code);
      if (code !== codes.rightCurlyBrace) return inside;
      effects.exit(types.data);
      return skipSpace(effects, atEnd);
    }
    function atEnd(code: Code) {
      return code === codes.eof || markdownLineEnding(code) ? ok(code) : nok(code);
    }
  },
};
