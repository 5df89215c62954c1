package extract

import (
	"reflect"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// entitiesOf returns the people and organisations, and the places, that the
// entity scanner finds in text, as "name/kind", each once, in order.
func entitiesOf(text string) (actors, places []string) {
	d := newDoc(text, nil)
	defer d.free()
	d.analyseAll()
	seen := map[string]bool{}
	for _, m := range d.ents {
		s := m.name + "/" + string(m.kind)
		if seen[s] {
			continue
		}
		seen[s] = true
		if m.kind == timeline.EntityPlace {
			places = append(places, s)
		} else {
			actors = append(actors, s)
		}
	}
	return actors, places
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name, text, expr string
		actors, places   []string
	}{
		{"titles and possessive", "Ukraine's President Volodymyr Zelenskyy met German Chancellor Olaf Scholz in Berlin on Monday.", "on Monday",
			[]string{"Volodymyr Zelenskyy/person", "Olaf Scholz/person"}, []string{"Ukraine/place", "Germany/place", "Berlin/place"}},
		{"short name resolves", "Vladimir Putin spoke. On Monday Mr Putin left Moscow.", "On Monday",
			[]string{"Vladimir Putin/person"}, []string{"Moscow/place"}},
		{"descriptor", "Russian leader Vladimir Putin spoke. The Russian leader skipped talks in Turkey last week.", "last week",
			[]string{"Vladimir Putin/person"}, []string{"Russia/place", "Turkey/place"}},
		{"role noun", "White House press secretary Karoline Leavitt said so on Monday.", "on Monday",
			[]string{"White House/organization", "Karoline Leavitt/person"}, nil},
		{"organisations", "The Kuala Lumpur Stock Exchange and Nato officials met the EU and the Ministry of Defence on Friday.", "on Friday",
			[]string{"Kuala Lumpur Stock Exchange/organization", "NATO/organization", "European Union/organization", "Ministry of Defence/organization"}, nil},
		{"aliases", "The U.S. and Britain warned on Friday.", "on Friday", nil, []string{"United States/place", "United Kingdom/place"}},
		{"title prefix", "NASA Space Flight Director Wilbur Trafton spoke on Wednesday.", "on Wednesday",
			[]string{"NASA/organization", "Space Flight/organization", "Wilbur Trafton/person"}, nil},
		{"sentence initial common word", "Speaking in Paris on Monday, the minister left.", "on Monday", nil, []string{"Paris/place"}},
		{"place cues", "Pilgrims gathered on Mount Arafat in East Java on Wednesday.", "on Wednesday",
			nil, []string{"Mount Arafat/place", "East Java/place"}},
		{"state and dateline", "NAIROBI, Kenya (AP) _ Bombs exploded in Texas on Friday.", "on Friday",
			[]string{"Associated Press/organization"}, []string{"Nairobi/place", "Kenya/place", "Texas/place"}},
		{"of split", "Han Sung Joo of South Korea resigned on Monday.", "on Monday", []string{"Han Sung Joo/person"}, []string{"South Korea/place"}},
		{"sports clubs", "Manchester United beat Real Madrid on Saturday.", "on Saturday",
			[]string{"Manchester United/organization", "Real Madrid/organization"}, nil},
		{"middle initial", "U.S. President George W. Bush met Secretary-General Kofi Annan on Monday.", "on Monday",
			[]string{"George W. Bush/person", "Kofi Annan/person"}, []string{"United States/place"}},
		{"cooperation forum", "Leaders of the Asia-Pacific Economic Cooperation met in Hanoi on Saturday.", "on Saturday",
			[]string{"Asia-Pacific Economic Cooperation/organization"}, []string{"Hanoi/place"}},
		{"holiday", "Chinese celebrated the New Year in Beijing on Sunday.", "on Sunday", nil, []string{"China/place", "Beijing/place"}},
		{"holiday possessive", "A New Year's crisis hit Ukraine on Sunday.", "on Sunday", nil, []string{"Ukraine/place"}},
		{"regional adjective", "Fighting flared in Eastern Slavonia on Sunday.", "on Sunday", nil, []string{"Eastern Slavonia/place"}},
		{"named storm", "Hurricane Elena hit Florida on Monday.", "on Monday", nil, []string{"Florida/place"}},
		{"tropical storm", "Tropical Storm Alberto hit Texas on Monday.", "on Monday", nil, []string{"Texas/place"}},
		{"club word without a place", "Unite Union called a strike on Saturday.", "on Saturday", []string{"Unite Union/organization"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actors, places := entitiesOf(tt.text)
			if !reflect.DeepEqual(actors, tt.actors) {
				t.Errorf("actors %q, want %q", actors, tt.actors)
			}
			if !reflect.DeepEqual(places, tt.places) {
				t.Errorf("places %q, want %q", places, tt.places)
			}
		})
	}
}
