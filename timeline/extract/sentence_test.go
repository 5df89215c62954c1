package extract

import (
	"reflect"
	"testing"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"blank", " \n\t \n", nil},
		{"trimmed", "  Hello world.  ", []string{"Hello world."}},
		{"two", "It rained. Then it stopped.", []string{"It rained.", "Then it stopped."}},
		{"no final period", "It rained. Then it stopped", []string{"It rained.", "Then it stopped"}},
		{"titles", "Mr. Smith met Dr. Jones and Gen. Milley. Sen. Warren spoke.",
			[]string{"Mr. Smith met Dr. Jones and Gen. Milley.", "Sen. Warren spoke."}},
		{"more titles", "Rep. Ocasio-Cortez, Gov. Newsom, Lt. Col. Vindman and Mrs. May arrived. They left.",
			[]string{"Rep. Ocasio-Cortez, Gov. Newsom, Lt. Col. Vindman and Mrs. May arrived.", "They left."}},
		{"saint", "The St. Louis Cardinals won. Fans cheered.", []string{"The St. Louis Cardinals won.", "Fans cheered."}},
		{"initials", "J. D. Vance and George W. Bush met. It was brief.",
			[]string{"J. D. Vance and George W. Bush met.", "It was brief."}},
		{"decimal", "Prices rose 3.5 percent. Analysts were surprised.",
			[]string{"Prices rose 3.5 percent.", "Analysts were surprised."}},
		{"money", "He earned $3.5 million in 2020. It rose.", []string{"He earned $3.5 million in 2020.", "It rose."}},
		{"us adjective", "The U.S. Embassy in Kenya was hit. Officials said so.",
			[]string{"The U.S. Embassy in Kenya was hit.", "Officials said so."}},
		{"us end", "He moved to the U.S. The move was brief.", []string{"He moved to the U.S.", "The move was brief."}},
		{"uk un", "The U.K. and the U.N. disagreed. Talks ended.", []string{"The U.K. and the U.N. disagreed.", "Talks ended."}},
		{"pm continues", "The meeting starts at 5 p.m. Monday in Paris.", []string{"The meeting starts at 5 p.m. Monday in Paris."}},
		{"pm ends", "The meeting ended at 5 p.m. The talks failed.", []string{"The meeting ended at 5 p.m.", "The talks failed."}},
		{"am lower", "At 9 a.m. local time the polls opened.", []string{"At 9 a.m. local time the polls opened."}},
		{"inc verb", "Apple Inc. said profits rose. Shares fell.", []string{"Apple Inc. said profits rose.", "Shares fell."}},
		{"corp end", "He joined Acme Corp. The company grew.", []string{"He joined Acme Corp.", "The company grew."}},
		{"co ltd", "Toyota Motor Co. Ltd. reported results. Sales rose.",
			[]string{"Toyota Motor Co. Ltd. reported results.", "Sales rose."}},
		{"jr", "The award went to Martin Luther King Jr. The crowd cheered.",
			[]string{"The award went to Martin Luther King Jr.", "The crowd cheered."}},
		{"month", "It happened on Jan. 5, 2020. Nobody noticed. In Sept. 2021 it ended.",
			[]string{"It happened on Jan. 5, 2020.", "Nobody noticed.", "In Sept. 2021 it ended."}},
		{"number", "No. 10 Downing Street is famous. Visitors come.", []string{"No. 10 Downing Street is famous.", "Visitors come."}},
		{"no at end", "The answer was No. Then silence.", []string{"The answer was No.", "Then silence."}},
		{"vs", "Brazil vs. Argentina ended 1-0. Fans left.", []string{"Brazil vs. Argentina ended 1-0.", "Fans left."}},
		{"eg", "Some fruits, e.g. apples, are red. Others are not.", []string{"Some fruits, e.g. apples, are red.", "Others are not."}},
		{"ellipsis inside", "He waited... and then left.", []string{"He waited... and then left."}},
		{"ellipsis end", "He waited... Then he left.", []string{"He waited...", "Then he left."}},
		{"unicode ellipsis", "He waited… Then he left.", []string{"He waited…", "Then he left."}},
		{"quote comma", `"I think so," he said. She agreed.`, []string{`"I think so," he said.`, "She agreed."}},
		{"quote period", `He said: "It is over." Then he left.`, []string{`He said: "It is over."`, "Then he left."}},
		{"curly quote", "He said: “It is over.” Then he left.", []string{"He said: “It is over.”", "Then he left."}},
		{"question in quote", `"Is it over?" he asked. Nobody knew.`, []string{`"Is it over?" he asked.`, "Nobody knew."}},
		{"exclamation", "Stop! Now.", []string{"Stop!", "Now."}},
		{"bang in name", "Yahoo! is a company.", []string{"Yahoo! is a company."}},
		{"paren", "The bombs exploded (AP). Police came.", []string{"The bombs exploded (AP).", "Police came."}},
		{"period in paren", "The bombs exploded. (Police came.) It ended.", []string{"The bombs exploded.", "(Police came.)", "It ended."}},
		{"glued", "Visit example.com today. It is new.", []string{"Visit example.com today.", "It is new."}},
		{"line per paragraph", "Headline without period\nBody text here.\nSecond paragraph",
			[]string{"Headline without period", "Body text here.", "Second paragraph"}},
		{"blank line", "Para one\n\nPara two.", []string{"Para one", "Para two."}},
		{"crlf", "One.\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"nbsp", "One.\u00a0Two.\u00a0", []string{"One.", "Two."}},
		{"wrapped", "The president said on Monday that the talks on the treaty would\ncontinue next week in Geneva, officials said. The talks\nbegan in May and are expected to last until the end of the year.\n\nA new paragraph.",
			[]string{"The president said on Monday that the talks on the treaty would\ncontinue next week in Geneva, officials said.",
				"The talks\nbegan in May and are expected to last until the end of the year.", "A new paragraph."}},
		{"wrapped heading", "GENEVA TALKS\nThe president said on Monday that the talks on the treaty would\ncontinue next week.",
			[]string{"GENEVA TALKS", "The president said on Monday that the talks on the treaty would\ncontinue next week."}},
		{"dateline", "NAIROBI, Kenya (AP) _ Bombs exploded on Friday. Many died.",
			[]string{"NAIROBI, Kenya (AP) _ Bombs exploded on Friday.", "Many died."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
