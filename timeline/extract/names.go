package extract

import "strings"

// span is a range [a, b) of tokens or bytes.
type span struct{ a, b int }

// surname is how a person is named in short: the family name.
func surname(name string) string {
	// The first two words and the count are all familyNameFirst reads.
	var words [2]string
	n := 0
	for w := range strings.FieldsSeq(name) {
		if n < len(words) {
			words[n] = w
		}
		n++
	}
	if n >= 2 && familyNameFirst(words[0], words[1], n) {
		return words[0] // Xi Jinping, Lee Jae-myung, Kim Jong Un
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

// familyNameFirst reports a Chinese or Korean name written family name
// first: a common family name followed by a hyphenated given name, or by two
// more words, or (for names no Western first name shares) by one. first and
// second are its first two words, of n.
func familyNameFirst(first, second string, n int) bool {
	if !eastAsianFamilyNames.has(first) {
		return false
	}
	return strings.Contains(second, "-") || n == 3 || n == 2 && !westernFirstNames.has(first)
}

// eastAsianFamilyNames are the commonest Chinese and Korean family names.
var eastAsianFamilyNames = setOf(`Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He
	Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang
	Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Qin Wen Mao Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim
	Shin Moon Oh Seo Kwon Hwang Ahn Hong Ko Ri Pak Tsai Lai Ko Chiang`)

// westernFirstNames are family names above that also begin Western names
// ("Lee Anderson", "Kim Clijsters"), which need a hyphen or three words.
var westernFirstNames = setOf(`Lee Kim Ma He Lu Su Ren Dong Hong Song Tang Jung Ko Oh Park Yu Lai Han`)

func isHonorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "miss":
		return true
	}
	return false
}
