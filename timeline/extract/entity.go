package extract

import (
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// entMention is one naming of an entity in the text.
type entMention struct {
	s, e int // byte span of the words that named it
	name string
	kind timeline.EntityKind
	// referred is set on the mention a pronoun or a description resolved
	// to: the text named the entity elsewhere, so here it has no alias.
	referred bool
}

// orgFollowers are lower-case nouns that make the capitalised words before
// them an organisation: "Truth Social platform", "Acme company".
var orgFollowers = setOf(`platform company firm group newspaper network agency party bank airline
		carrier app website broadcaster channel outlet daily magazine militia movement brand chain
		retailer manufacturer startup exchange regulator union`)

// leaderBodies are the bodies news names after the person who leads them:
// "the Bush administration", "the Netanyahu government".
var leaderBodies = setOf(`administration government cabinet campaign`)

// runConnectors may join the capitalised words of one name: Bank of England,
// Ludwig van Beethoven, Osama bin Laden.
var runConnectors = setOf(`of de van von bin al da di do du la le der den del dos das ibn y`)

// notOrgAcronyms are capitalised abbreviations that name no organisation.
var notOrgAcronyms = setOf(`TV GDP CEO CFO COO PM AM OK ID DNA HIV AIDS COVID IPO MP MPs IT AI PC UK US
		PR VIP HQ FAQ PDF USD EUR GBP JPY CNY RMB BC AD BCE CE EST EDT GMT UTC ET PST PDT CST CDT A B C D E F
		NO SUV EV GPS SMS PhD MBA LGBT LGBTQ UFO WMD ICBM II III IV VI VII VIII IX XI XII B.C. A.D. U.S. U.K.`)

// scanEntities finds the entities of tokens [a, b), one sentence.
func (d *doc) scanEntities(a, b int) {
	initial := a // the token that starts the sentence, after opening quotes
	for i := a; i < b; {
		t := &d.toks[i]
		if t.shape == shPunct {
			if i == initial {
				initial++
			}
			i++
			continue
		}
		if !t.capital() {
			i++
			continue
		}
		j := d.runEnd(i, b)
		start := i
		// A common word opening the sentence is not a name (The, Earlier,
		// Speaking), nor are months, weekdays or function words; unless the
		// run is a company's name ("Control Data Corp.") or one the text
		// gave before ("Control Data had losses").
		named := d.knownName(i, j)
		for start < j {
			f := d.fl(start)
			if f&(fMonth|fWeekday) != 0 && (start == a || d.fl(start-1)&fTitle == 0) ||
				start == initial && !named && f != 0 && f&fTitle == 0 && !d.inGazetteer(start, start+1) ||
				start == initial && !named && d.toks[start].pos != pNNP && d.gazFrom(start) == 0 && f&fTitle == 0 || // Leaders of ..., Chanting Helmut Kohl
				d.is(start, "the") && d.toks[start].shape == shLower ||
				f&fFunc != 0 && f&fTitle == 0 && !(start > initial && d.is(start, "the")) ||
				d.textIn(start, runConnectors) {
				start++
				continue
			}
			break
		}
		if start < j {
			e0 := len(d.ents)
			d.descriptor(start, j, b)
			d.classifyRun(start, j, b, false)
			d.acronymAfter(j, b, e0)
		}
		i = j
	}
}

// knownName reports whether the capitalised run [a, b) is a whole name
// whatever its first word: a company's name with its designator, a name of
// an organisation or person seen before, or a surname seen before.
func (d *doc) knownName(a, b int) bool {
	if b-a == 1 && d.fl(a)&fFunc == 0 {
		// "Sinner, the world number one," after "Jannik Sinner".
		_, person := d.names[string(d.key(a, b))]
		return person
	}
	if b-a < 2 || d.fl(a)&fFunc != 0 {
		return false
	}
	if corporateDesignators.has(strings.TrimSuffix(d.bare(b-1), ".")) {
		return true
	}
	if _, org := d.orgs[string(d.key(a, b))]; org {
		return true
	}
	_, person := d.names[string(d.key(a, b))]
	return person
}

// royalTitles are part of the name they come with: King Hussein, Queen
// Elizabeth, Crown Prince Abdullah.
var royalTitles = setOf(`king queen prince princess emperor empress sultan emir sheikh`)

// maxRun bounds a name's length in tokens, and so the work per name.
const maxRun = 12

// runEnd returns the end of the run of capitalised words that starts at i:
// it may hold connectors (Bank of England) and ends after a possessive.
func (d *doc) runEnd(i, b int) int {
	j := i
	for j < b && j < i+maxRun {
		t := &d.toks[j]
		if t.capital() {
			if j > i && d.fl(j)&(fMonth|fWeekday) != 0 && d.fl(j-1)&fTitle == 0 {
				break
			}
			j++
			if t.poss {
				break
			}
			continue
		}
		if j > i && j+1 < b && t.shape == shLower && d.textIn(j, runConnectors) && d.toks[j+1].capital() {
			j++
			continue
		}
		// "European Bank for Reconstruction and Development", "Institute
		// for Policy Studies": "for" after an organisation's word, and
		// "and" after such a "for".
		if j > i && j+1 < b && d.toks[j+1].capital() && d.toks[j+1].shape != shUpper &&
			(d.is(j, "for") && d.fl(j-1)&fOrgCue != 0 || d.is(j, "and") && d.forInRun(i, j)) {
			j++
			continue
		}
		// "International Committee of the Red Cross", "Bank of the South".
		if j > i && j+2 < b && d.is(j, "of") && d.is(j+1, "the") && d.toks[j+2].capital() && d.toks[j+1].shape == shLower {
			j += 2
			continue
		}
		// A middle initial: "George W. Bush".
		if j > i+1 && j+1 < b && d.punct(j) == "." && d.toks[j-1].e-d.toks[j-1].s == 1 && d.toks[j+1].capital() {
			j++
			continue
		}
		break
	}
	return j
}

// hasConnector reports a lower-case connector inside the run [a, b).
func (d *doc) hasConnector(a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if d.toks[k].shape == shLower {
			return true
		}
	}
	return false
}

// forInRun reports an organisation's "for" among tokens [i, j).
func (d *doc) forInRun(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if d.is(k, "for") && d.toks[k].shape == shLower {
			return true
		}
	}
	return false
}

// gaz looks tokens [a, b) up in the gazetteer.
func (d *doc) gaz(a, b int) (place, bool) {
	if b-a == 1 {
		if i := d.word(a).gaz; i > 0 {
			return gazPlaces[i-1], true
		}
		return place{}, false
	}
	if b-a > 1 && d.gazFrom(a) < b-a {
		return place{}, false
	}
	p, ok := gazetteer[string(d.key(a, b))]
	return p, ok
}

// gazFrom is the length of the longest gazetteer key that can start at
// token a (0 when none).
func (d *doc) gazFrom(a int) int {
	if a >= len(d.toks) {
		return 0
	}
	return int(d.word(a).gazFirst)
}

// gazTo is the length of the longest gazetteer key that can end at token
// b-1.
func (d *doc) gazTo(b int) int {
	if b < 1 {
		return 0
	}
	return int(d.word(b - 1).gazLast)
}

func (d *doc) inGazetteer(a, b int) bool {
	_, ok := d.gaz(a, b)
	return ok
}

// name is the text of tokens [a, b) joined by single spaces, without the
// final possessive.
func (d *doc) name(a, b int) string {
	if b-a == 1 {
		return strings.ToValidUTF8(d.bare(a), "\uFFFD")
	}
	if d.textIsName(a, b) {
		// The text writes the name as name writes it: take it from there.
		t := &d.toks[b-1]
		w := d.text[d.toks[a].s : t.s+len(d.bare(b-1))]
		if d.validUTF8 {
			return w
		}
		return strings.ToValidUTF8(w, "\uFFFD")
	}
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a && d.toks[k].shape != shPunct { // "George W. Bush": no space before the dot
			sb.WriteByte(' ')
		}
		if k == b-1 {
			sb.WriteString(d.bare(k))
		} else {
			sb.WriteString(d.text[d.toks[k].s:d.toks[k].e])
		}
	}
	return strings.ToValidUTF8(sb.String(), "\uFFFD")
}

// textIsName reports whether the text between tokens [a, b) is what name
// puts there: one space before each word, none before punctuation.
func (d *doc) textIsName(a, b int) bool {
	for k := a + 1; k < b; k++ {
		gap := d.toks[k].s - d.toks[k-1].e
		if d.toks[k].shape == shPunct {
			if gap != 0 {
				return false
			}
		} else if gap != 1 || d.text[d.toks[k-1].e] != ' ' {
			return false
		}
	}
	return true
}

func (d *doc) add(a, b int, name string, kind timeline.EntityKind) {
	d.ents = append(d.ents, entMention{s: d.toks[a].s, e: d.toks[b-1].e, name: name, kind: kind})
}

// classifyRun names the entities in the capitalised run [a, b); end is the
// end of the sentence's tokens, for the word that follows. A run before a
// title (NASA Space Flight Director ...) is never a person: noPerson.
func (d *doc) classifyRun(a, b, end int, noPerson bool) {
	if a >= b {
		return
	}
	if b-a == 1 && d.toks[a].shape == shUpper {
		// An acronym of a name the text spelled out: "IBM" after
		// "International Business Machines Corp.".
		if full, ok := d.orgs[string(d.key(a, b))]; ok {
			d.add(a, b, full, timeline.EntityOrganization)
			return
		}
	}
	if p, ok := d.gaz(a, b); ok {
		d.add(a, b, p.name, p.kind)
		return
	}
	if full, ok := d.orgs[string(d.key(a, b))]; ok {
		d.add(a, b, full, timeline.EntityOrganization) // Kellogg after Kellogg Co, ICRC after its full name
		return
	}
	if b < end && d.toks[b].shape == shLower && d.lowIn(b, leaderBodies) && !d.toks[b-1].poss {
		// "the Bush administration", "the Netanyahu government": a body
		// named after its leader is an organisation of that name.
		name := d.name(a, b) + " " + d.lower(b)
		d.add(a, b+1, name, timeline.EntityOrganization)
		return
	}
	if b-a >= 2 && d.is(a, "the") {
		if p, ok := d.gaz(a+1, b); ok {
			d.add(a+1, b, p.name, p.kind)
			return
		}
	}
	// Organisations by their last word or a word before "of": Kuala Lumpur
	// Stock Exchange, Ministry of Defence, Communist Party of India.
	if d.fl(b-1)&fOrgCue != 0 && !d.toks[b-1].poss || b < end && d.textIn(b, orgFollowers) {
		d.addOrg(a, b)
		return
	}
	for k := a; k+1 < b; k++ {
		if d.is(k+1, "of") && d.fl(k)&fOrgCue != 0 {
			d.addOrg(a, b)
			return
		}
	}
	if d.fl(b-1)&fPlaceCue != 0 || b-a >= 2 && d.fl(a)&fPlaceStart != 0 && !d.toks[a].poss {
		d.add(a, b, d.name(a, b), timeline.EntityPlace) // Mount Arafat, East Java, Jeju Island
		return
	}
	// A title splits the run: "US President Donald Trump" is a place and a
	// person; "Secretary of State Marco Rubio" a person.
	t := -1
	for k := b - 1; k >= a; k-- {
		if d.fl(k)&fTitle != 0 {
			t = k
			break
		}
	}
	if t >= 0 {
		ts := t
		for ts > a && d.fl(ts-1)&fTitleMod != 0 {
			ts--
		}
		p := t + 1
		for p+1 < b && (d.fl(p)&fTitleMod != 0 || d.is(p, "of")) {
			p++
		}
		d.classifyRun(a, ts, end, true)
		if p < b && d.lowIn(t, royalTitles) && b-p == 1 && t+1 == p {
			// "King Hussein" is his name, and the "Hussein" that follows
			// him is he, not a Hussein named before.
			full := d.bare(t) + " " + d.name(p, b)
			d.names[string(d.key(p, b))] = full
			d.add(t, b, full, timeline.EntityPerson)
			return
		}
		if p < b {
			d.person(p, b)
			// "President Bush": a later "the president" is Bush.
			d.titled[d.lower(t)] = d.ents[len(d.ents)-1].name
		}
		return
	}
	// "Han Sung Joo of South Korea": two names joined by "of".
	for k := a + 1; k+1 < b; k++ {
		if d.is(k, "of") {
			d.classifyRun(a, k, end, noPerson)
			d.classifyRun(k+1, b, end, noPerson)
			return
		}
	}
	if !noPerson && a > 0 && d.toks[a-1].shape == shLower && d.fl(a-1)&fRole != 0 && b-a <= 4 {
		d.person(a, b) // press secretary Karoline Leavitt, analyst Victor Wan
		return
	}
	if b-a >= 2 && d.is(a, "the") {
		d.addOrg(a, b) // The National (The Hague was caught by the gazetteer)
		return
	}
	if b-a >= 2 && (d.bareIn(a, stormWords) || b-a >= 3 && d.is(a, "tropical") && d.bareIn(a+1, stormWords)) {
		return // Hurricane Elena, Typhoon Haiyan: neither actors nor places
	}
	if d.bareIn(a, holidayNames) || b-a >= 2 && d.is(a, "new") && d.lower(a+1) == "year" {
		return // the New Year, Christmas Eve: times, not actors
	}
	if b-a == 2 && d.sportsClub(a, b) {
		d.addOrg(a, b) // Manchester United, Real Madrid, Bayern Munich
		return
	}
	if b-a > 1 && !d.hasConnector(a, b) {
		// Longest gazetteer prefix: "Hong Kong stocks", "NASA Space Flight";
		// not in a name joined by "do" or "de" ("Rio Grande do Sul").
		for n := min(b-a-1, d.gazFrom(a)); n >= 1; n-- {
			if p, ok := d.gaz(a, a+n); ok {
				d.add(a, a+n, p.name, p.kind)
				d.classifyRun(a+n, b, end, noPerson)
				return
			}
		}
		// A place at the end: "Stalinist North Korea".
		for n := min(b-a-1, d.gazTo(b)); n >= 1; n-- {
			if p, ok := d.gaz(b-n, b); ok && p.kind == timeline.EntityPlace {
				d.add(b-n, b, p.name, p.kind)
				return
			}
		}
	}
	if b-a == 1 {
		w := d.bare(a)
		if i := strings.LastIndexByte(w, '-'); i > 0 && strings.HasSuffix(w, "-based") {
			if p, ok := gazetteer[strings.ToLower(w[:i])]; ok {
				d.add(a, b, p.name, p.kind) // Manila-based
			}
			return
		}
		if i := strings.LastIndexByte(w, '-'); i > 0 {
			if p, ok := gazetteer[strings.ToLower(w[i+1:])]; ok && p.demonym {
				return // "Sino-German relations", "Arab-Israeli conflict": no one
			}
		}
		if strings.ContainsAny(w, "0123456789") && strings.ToUpper(w) != w {
			return // "Chang'e-6", "iPhone15": a product, no actor
		}
		if full, ok := d.names[string(d.key(a, b))]; ok && !noPerson {
			d.add(a, b, full, timeline.EntityPerson)
		} else if d.toks[a].shape == shUpper && len(w) <= 6 && !d.bareIn(a, notOrgAcronyms) {
			d.add(a, b, w, timeline.EntityOrganization)
		} else if d.singleName(a, end) {
			kind := d.singleKind(a, end)
			if noPerson && kind == timeline.EntityPerson {
				kind = timeline.EntityOrganization
			}
			d.add(a, b, strings.ToValidUTF8(w, "\uFFFD"), kind)
		}
		return
	}
	for k := a; k < b; k++ {
		if d.toks[k].shape == shUpper && !d.bareIn(k, notOrgAcronyms) {
			d.addOrg(a, b) // Acme AG, BBC World
			return
		}
	}
	if noPerson || b-a > 4 {
		d.addOrg(a, b)
		return
	}
	d.person(a, b)
}

func (d *doc) addOrg(a, b int) {
	name := d.name(a, b)
	d.add(a, b, name, timeline.EntityOrganization)
	// "Kellogg Co", "Control Data Corp.": later the text says "Kellogg",
	// "Control Data".
	if b-a >= 2 && corporateDesignators.has(strings.TrimSuffix(d.bare(b-1), ".")) {
		if _, known := d.orgs[string(d.key(a, b-1))]; !known {
			d.orgs[string(d.key(a, b-1))] = name
		}
		// "Compaq Computer Corp.": later "Compaq", when its first word is
		// a name of its own rather than a common word ("Control Data").
		if w := d.lower(a); b-a >= 3 && d.gazFrom(a) == 0 {
			if wi, known := posLexicon()[w]; !known || wi.first == pNNP {
				if _, taken := d.orgs[w]; !taken {
					d.orgs[w] = name
				}
			}
		}
	}
	// "International Business Machines Corp.": later "IBM".
	d.initialsOf(a, b, name)
	// "International Committee of the Red Cross": later "the Red Cross".
	for k := b - 2; k > a; k-- {
		if d.is(k, "of") {
			from := k + 1
			if from < b && d.is(from, "the") {
				from++
			}
			if b-from >= 2 {
				if _, known := d.orgs[string(d.key(from, b))]; !known {
					d.orgs[string(d.key(from, b))] = name
				}
			}
			break
		}
	}
}

// initialsOf records the initials of the capitalised words of organisation
// name [a, b) (its designator, "of", "and" and "the" left out) as another
// name of it, when they make two to six letters.
func (d *doc) initialsOf(a, b int, name string) {
	if b-a >= 2 && corporateDesignators.has(strings.TrimSuffix(d.bare(b-1), ".")) {
		b--
	}
	var buf [6]byte
	n := 0
	for k := a; k < b; k++ {
		w := d.bare(k)
		if w == "" || runConnectors.has(w) || w == "and" || w == "&" || d.is(k, "the") {
			continue
		}
		c := w[0]
		if c < 'A' || c > 'Z' || n == len(buf) {
			return
		}
		buf[n] = c + 'a' - 'A'
		n++
	}
	if n < 2 {
		return
	}
	if _, known := d.orgs[string(buf[:n])]; !known {
		d.orgs[string(buf[:n])] = name
	}
}

// corporateDesignators end company names and are dropped in later mentions.
var corporateDesignators = setOf(`Co Corp Inc Ltd PLC Plc LLC AG SA NV SpA GmbH Corporation Company Incorporated Limited Cos
	Airlines Airways Motors Industries Holdings Group Enterprises Technologies Systems Communications
	Pharmaceuticals Electronics Partners`)

// acronymAfter records an acronym in parentheses right after a name
// ("the International Committee of the Red Cross (ICRC)") as another name
// of the organisation or person the run before it named; e0 is the number
// of entities before that run.
func (d *doc) acronymAfter(b, end, e0 int) {
	if b+2 >= end || d.punct(b) != "(" || d.punct(b+2) != ")" || d.toks[b+1].shape != shUpper || len(d.ents) == e0 {
		return
	}
	m := d.ents[len(d.ents)-1]
	if m.kind == timeline.EntityPlace || m.e > d.toks[b].s {
		return
	}
	d.orgs[string(d.key(b+1, b+2))] = m.name
}

// person records a person named by tokens [a, b). A full name is remembered
// under its last and first words so that a later "Mr Putin" resolves to
// "Vladimir Putin" (and "Tung" to "Tung Chee-hwa"); a lone word resolves to
// the full name seen before it.
func (d *doc) person(a, b int) {
	var full string
	if b-a == 1 {
		if known, ok := d.names[string(d.key(a, b))]; ok {
			full = known
		} else {
			full = d.name(a, b)
		}
	} else {
		full = d.name(a, b)
		for _, k := range []int{b - 1, a} {
			// d.key(k, k+1) is d.lower(k), a string the vocab keeps.
			if _, ok := d.names[d.lower(k)]; !ok {
				d.names[d.lower(k)] = full
			}
		}
		// "Luiz Inacio Lula da Silva": later "Lula".
		for k := a + 1; k < b-1; k++ {
			if _, ok := d.names[string(d.key(k, k+1))]; !ok && d.toks[k].shape == shTitle && d.toks[k].e-d.toks[k].s > 2 {
				d.names[string(d.key(k, k+1))] = full
			}
		}
	}
	d.add(a, b, full, timeline.EntityPerson)
	if d.bareIn(a, femaleFirstNames) || a > 0 && femaleHonorifics.has(strings.TrimSuffix(d.bare(a-1), ".")) {
		d.female[full] = true
	}
	// "Russian leader Vladimir Putin": remember "russian leader" for a later
	// "the Russian leader".
	if a >= 2 && d.toks[a-1].shape == shLower && d.fl(a-1)&fRole != 0 {
		if p, ok := d.gaz(a-2, a-1); ok && p.demonym {
			d.alias[string(d.key(a-2, a))] = full
		}
	}
}

// descriptor resolves "the Russian leader" (a demonym and a role noun not
// followed by a name) to the person it stood for earlier in the text.
func (d *doc) descriptor(a, b, end int) {
	if b != a+1 || a == 0 || b >= end || !d.is(a-1, "the") {
		return
	}
	if d.toks[b].shape != shLower || d.fl(b)&fRole == 0 || b+1 < end && d.toks[b+1].capital() {
		return
	}
	if full, ok := d.alias[string(d.key(a, b+1))]; ok {
		d.ents = append(d.ents, entMention{s: d.toks[a].s, e: d.toks[b].e, name: full, kind: timeline.EntityPerson})
	}
}

// anyEntityIn reports an entity mention inside bytes [from, to).
func (d *doc) anyEntityIn(from, to int) bool {
	for i := d.firstEntity(from); i < len(d.ents) && d.ents[i].s < to; i++ {
		if d.ents[i].e <= to {
			return true
		}
	}
	return false
}

// firstEntity returns the index of the first entity starting at or after s.
func (d *doc) firstEntity(s int) int {
	lo, hi := 0, len(d.ents) // sort.Search, without a call per step
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); d.ents[m].s >= s {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// sportsClub reports a two-word club name: a place with a club word before
// or after it.
func (d *doc) sportsClub(a, b int) bool {
	_, placeFirst := d.gaz(a, a+1)
	_, placeLast := d.gaz(b-1, b)
	return placeFirst && d.bareIn(b-1, clubAfter) || placeLast && d.bareIn(a, clubBefore)
}

var (
	stormWords   = setOf(`Hurricane Typhoon Cyclone Storm Tornado`)
	holidayNames = setOf(`Christmas Easter Thanksgiving Ramadan Hanukkah Diwali Halloween Eid Passover Lent`)
	clubAfter    = setOf(`United City FC Rovers Athletic Wanderers Albion Hotspur County Town Olympic Olympics Rangers Celtic Dynamo Galaxy`)
	clubBefore   = setOf(`Real Atletico Athletic Inter AC Sporting Olympique Bayern Borussia Dynamo Racing Deportivo Red`)
)

// singleName reports whether the lone capitalised word at k is a name: a
// word the lexicon does not know (Putin, Alstom, Zelenskyy), or a known
// word the text writes capitalised where a common word would not be: again
// inside a sentence, or right before a verb ("Trump said").
func (d *doc) singleName(k, end int) bool {
	w := d.lower(k)
	if len(w) < 2 || closedClass[w].tags != 0 || d.fl(k)&(fMonth|fWeekday|fFunc|fTitle|fRole) != 0 ||
		k > 0 && d.bareIn(k-1, stormWords) {
		return false
	}
	wi, known := d.word(k), d.word(k).found
	if !known || wi.first == pNNP {
		return true
	}
	if d.opensSentence(k) {
		return d.midCaps[w] >= 1
	}
	if d.midCaps[w] >= 2 {
		return true
	}
	// Right before a verb, unless the word is a common noun ("Bombs
	// exploded" after a dateline).
	return k+1 < end && finiteTags.has(d.toks[k+1].pos) && wi.tags&nounTags == 0
}

// opensSentence reports whether token k is the first word of its sentence
// (after opening punctuation).
func (d *doc) opensSentence(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if d.toks[j].shape != shPunct {
			return d.sentenceOf(j) != d.sentenceOf(k)
		}
		switch d.punct(j) {
		case ".", ":", "_", "—", "–":
			return true // "NAIROBI, Kenya (AP) _ Bombs exploded"
		}
	}
	return true
}

// singleKind guesses what a lone name is: an organisation when it reads as
// one (an acronym, "Alstom shares", "the Pentagon"), else a person.
func (d *doc) singleKind(k, end int) timeline.EntityKind {
	if k > 0 && d.is(k-1, "the") || d.toks[k].shape == shUpper {
		return timeline.EntityOrganization
	}
	if k+1 < end && d.lowIn(k+1, orgFollowers) || k+1 < end && d.lowIn(k+1, businessNouns) {
		return timeline.EntityOrganization
	}
	return timeline.EntityPerson
}

// businessNouns after a name make it a company: "Alstom shares".
var businessNouns = setOf(`shares stock stocks shareholders investors customers products revenue revenues profit
	profits sales earnings executives employees workers plant plants factory factories unit units subsidiary`)

// femaleHonorifics and femaleFirstNames mark a person as a woman, so that
// "she" finds her. Common given names only; an unknown name is no one's
// gender, and "she" then takes the nearest person as before.
var (
	femaleHonorifics = setOf(`Mrs Ms Miss Madam Madame Mme Dame Lady Queen Princess Duchess Sister`)
	femaleFirstNames = setOf(`Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy
		Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie
		Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
		Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce
		Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha
		Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber
		Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori
		Hillary Condoleezza Madeleine Angela Theresa Nancy Kamala Ursula Christine Jacinda Giorgia Liz Nikki
		Karoline Kristi Tulsi Marine Benazir Indira Golda Margaret Aung Yulia Svetlana Olga Tatiana Natalia
		Anastasia Irina Elena Ana Sofia Camila Valentina Isabel Carmen Rosa Fatima Aisha Leila Yasmin Mei Yuki
		Sonia Priya Sheikh-Hasina Hasina Cristina Dilma Michelle Julia Angelina Oprah Beyonce Taylor Serena Venus`)
)
