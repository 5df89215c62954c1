package extract

import "github.com/timeline-dev/timeline/timeline"

// The phrase and participant builders return many short lists (the
// entities of a noun phrase, the phrases coordinated with one), each read
// at once and dropped. They are carved out of arenas kept with the doc
// instead of allocated: a list is a slice of an arena with its capacity
// capped, so that an append to it copies rather than overwrites the
// next list. Arenas are emptied before each event is built; a list that
// outlives that (none does) would still be intact, since an arena that
// grows moves to new memory and leaves the old one to its lists.

// entList returns a new, empty list of entity mentions; end it with
// endEnts.
func (d *doc) entList() []entMention { return d.ea[len(d.ea):len(d.ea)] }

// endEnts closes list l, made by entList and appended to, and returns it.
func (d *doc) endEnts(l []entMention) []entMention {
	if len(l) == 0 {
		return nil
	}
	if len(d.ea)+len(l) <= cap(d.ea) && cap(l) == cap(d.ea)-len(d.ea) {
		// l still lies in the arena, right after its last list.
		d.ea = d.ea[:len(d.ea)+len(l)]
	} else {
		// l outgrew the arena and moved: it becomes the arena.
		d.ea = l
	}
	return l[:len(l):len(l)]
}

// oneEnt returns the list of the single entity m.
func (d *doc) oneEnt(m entMention) []entMention {
	return d.endEnts(append(d.entList(), m))
}

// intList returns a new, empty list of ints; end it with endInts.
func (d *doc) intList() []int { return d.ia[len(d.ia):len(d.ia)] }

// endInts closes list l, made by intList and appended to, and returns it.
func (d *doc) endInts(l []int) []int {
	if len(l) == 0 {
		return l
	}
	if len(d.ia)+len(l) <= cap(d.ia) && cap(l) == cap(d.ia)-len(d.ia) {
		d.ia = d.ia[:len(d.ia)+len(l)]
	} else {
		d.ia = l
	}
	return l[:len(l):len(l)]
}

// keepParticipants returns a copy of an event's participants ps (collected in
// pscratch) in the document's shared block: one allocation for the
// participants of many events.
func (d *doc) keepParticipants(ps []timeline.Participant) []timeline.Participant {
	d.pscratch = ps[:0]
	if len(ps) == 0 {
		return nil
	}
	if cap(d.parts)-len(d.parts) < len(ps) {
		// Room for about one participant per event to come (the average
		// is below one).
		d.parts = make([]timeline.Participant, 0, max(len(ps), min(d.left, 256)))
	}
	a := len(d.parts)
	d.parts = append(d.parts, ps...)
	return d.parts[a:len(d.parts):len(d.parts)]
}
