// Package extract turns the time expressions of a text into dated events:
// it splits the text into sentences, finds for each DATE or TIME mention
// the short phrase saying what happened, and names the actors and places of
// the event's sentence. It uses light heuristics (word lists, a gazetteer,
// word endings) and no model, so that it stays fast and deterministic.
package extract
