package dates

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord uint8 = iota + 1
	tNum
	tPunct
)

// token is one word, number or punctuation mark of the text.
// It holds no pointers (24 bytes), so a sentence's tokens cost the garbage
// collector nothing to scan.
type token struct {
	s, e int32  // byte offsets
	num  int32  // value of a plain number of at most four digits, else -1
	r    rune   // the punctuation mark
	ei   uint16 // lexicon entry of a word: index+1 into lexicon.entries, or 0
	ndig uint8  // digits in a plain number
	kind uint8  // tWord, tNum, tPunct
	cap  bool   // word starting with an upper-case letter
}

// tokenize splits text into tokens. Numbers take in thousands groups and
// decimals ("2,000", "3.5"), which are then not plain numbers.
func tokenize(lx *lexicon, text string) []token {
	toks := make([]token, 0, len(text)/5+4)
	for i := 0; i < len(text); {
		c := text[i]
		var r rune = rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case '0' <= c && c <= '9':
			j := i
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				j++
			}
			plain := true
			for j+1 < len(text) && (text[j] == ',' || text[j] == '.') && isDigit(text[j+1]) {
				k := j + 1
				for k < len(text) && isDigit(text[k]) {
					k++
				}
				if text[j] == ',' && k-j-1 != 3 {
					break
				}
				plain = false
				j = k
			}
			t := token{s: int32(i), e: int32(j), kind: tNum, num: -1}
			if plain && j-i <= 4 {
				n := 0
				for k := i; k < j; k++ {
					n = n*10 + int(text[k]-'0')
				}
				t.num, t.ndig = int32(n), uint8(j-i)
			}
			toks = append(toks, t)
			i = j
		case isLetter(c, r):
			j := i + size
			for j < len(text) {
				c2 := text[j]
				if c2 < utf8.RuneSelf {
					if !('a' <= c2 && c2 <= 'z' || 'A' <= c2 && c2 <= 'Z') {
						break
					}
					j++
					continue
				}
				r2, sz := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += sz
			}
			t := token{s: int32(i), e: int32(j), kind: tWord, num: -1, cap: unicode.IsUpper(r)}
			t.ei = lx.lookup(text[i:j])
			toks = append(toks, t)
			i = j
		case unicode.IsSpace(r):
			i += size
		default:
			toks = append(toks, token{s: int32(i), e: int32(i + size), kind: tPunct, num: -1, r: r})
			i += size
		}
	}
	return toks
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetter(c byte, r rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return unicode.IsLetter(r)
}
