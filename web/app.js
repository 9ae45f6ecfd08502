/*
 * itinerd dashboard: reads the daemon's /v1 API (relative URLs, so it
 * works behind a proxy under any prefix) and its /v1/events stream.
 * Read-only.  Parts: the filters (kept in the URL's query string), the
 * map (Leaflet, country outlines from assets/countries.geojson, one
 * circle per destination sized by visits, the selected trip as a route),
 * the timeline (SVG drawn here: a row per official, a bar per trip),
 * the panel (a trip's legs and sources, or the legs at a place) and the
 * live indicator.  Everything shown comes from the API as text nodes,
 * never as HTML.
 */
"use strict";

const FILTERS = ["person", "official_country", "dest_country", "since",
	"until", "status"];
const STATUS_TEXT = { planned: "planned", ongoing: "under way",
	completed: "completed", cancelled: "cancelled" };
const DAY = 86400000;
const MAX_ROWS = 5000;		/* per list: 5 pages of the API's 1000 */

const state = {
	filters: {}, trip: null, place: null,
	trips: [], legs: [], officials: [], places: [],
	domain: null, loaded: false, refreshTimer: null, generation: 0,
	fit: true,		/* fit the map to the markers at next draw */
	userMoved: false,	/* the map was panned or zoomed by hand */
};

let regionNames = null;
try {
	regionNames = new Intl.DisplayNames(["en"], { type: "region" });
} catch (e) {
	regionNames = null;
}

function countryName(cc) {
	if (!cc)
		return "";
	try {
		return regionNames ? regionNames.of(cc) : cc;
	} catch (e) {
		return cc;
	}
}

/* el("li", {class: "x"}, "text", child...): builds DOM, text as text. */
function el(tag, attrs, ...kids) {
	const e = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs || {})) {
		if (v === null || v === undefined || v === false)
			continue;
		if (k.startsWith("on"))
			e.addEventListener(k.slice(2), v);
		else
			e.setAttribute(k, v === true ? "" : String(v));
	}
	for (const k of kids) {
		if (k === null || k === undefined || k === false)
			continue;
		e.append(k instanceof Node ? k : document.createTextNode(
		    String(k)));
	}
	return e;
}

function svg(tag, attrs, ...kids) {
	const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
	for (const [k, v] of Object.entries(attrs || {})) {
		if (k.startsWith("on"))
			e.addEventListener(k.slice(2), v);
		else if (v !== null && v !== undefined)
			e.setAttribute(k, String(v));
	}
	for (const k of kids)
		e.append(k instanceof Node ? k : document.createTextNode(
		    String(k)));
	return e;
}

/* "2021-03", "2021-03-15" -> ms (UTC); null stays null. */
function parseDay(s) {
	if (!s)
		return null;
	const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s);
	if (!m)
		return null;
	return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
}

function fmtDay(ms, withDay) {
	const d = new Date(ms);
	const mon = d.toLocaleString("en", { month: "short", timeZone: "UTC" });
	return (withDay ? d.getUTCDate() + " " : "") + mon + " " +
	    d.getUTCFullYear();
}

function dates(o) {
	if (!o.start && !o.end)
		return "undated";
	if (o.start && o.end && o.start !== o.end)
		return o.start + " – " + o.end;
	return o.start || o.end;
}

function pill(status) {
	return el("span", { class: "pill " + status }, STATUS_TEXT[status] ||
	    status);
}

/* The API. */

async function getJSON(path) {
	const r = await fetch(path, { headers: { Accept: "application/json" } });
	if (!r.ok) {
		let msg = r.status + " " + r.statusText;
		try {
			msg = (await r.json()).error.message;
		} catch (e) { /* keep the status line */ }
		throw new Error(path + ": " + msg);
	}
	return r.json();
}

function query(extra) {
	const p = new URLSearchParams();
	for (const k of FILTERS)
		if (state.filters[k])
			p.set(k, state.filters[k]);
	for (const [k, v] of Object.entries(extra || {}))
		p.set(k, v);
	return p.toString();
}

/* Every row of a list, following next_cursor up to MAX_ROWS. */
async function getAll(path, key, params) {
	let rows = [], cursor = null;
	do {
		const q = query(Object.assign({ limit: 1000 }, params,
		    cursor ? { cursor } : {}));
		const j = await getJSON(path + "?" + q);
		rows = rows.concat(j[key]);
		cursor = j.next_cursor;
	} while (cursor && rows.length < MAX_ROWS);
	return rows;
}

/* The URL. */

function readURL() {
	const p = new URLSearchParams(location.search);
	state.filters = {};
	for (const k of FILTERS)
		if (p.get(k))
			state.filters[k] = p.get(k);
	const t = parseInt(p.get("trip"), 10);
	state.trip = t > 0 ? t : null;
}

function writeURL() {
	const p = new URLSearchParams(query());
	if (state.trip)
		p.set("trip", state.trip);
	const s = p.toString();
	history.replaceState(null, "", s ? "?" + s : location.pathname);
}

/* Filters. */

function fillSelect(sel, values, current) {
	const keep = sel.options[0];
	sel.replaceChildren(keep);
	for (const [v, text] of values)
		sel.append(el("option", { value: v, selected: v === current },
		    text));
	if (current && !values.some(([v]) => v === current))
		sel.append(el("option", { value: current, selected: true },
		    current));
}

function renderFilters() {
	const f = state.filters;
	const people = state.officials.map((o) => [o.name, o.name]);
	const ocs = [...new Set(state.officials.map((o) => o.country)
	    .filter(Boolean))].sort()
	    .map((c) => [c, countryName(c) + " (" + c + ")"]);
	const dcs = [...new Set(state.places.map((p) => p.country)
	    .filter(Boolean))].sort()
	    .map((c) => [c, countryName(c) + " (" + c + ")"]);
	fillSelect(document.getElementById("f-person"), people, f.person);
	fillSelect(document.getElementById("f-oc"), ocs, f.official_country);
	fillSelect(document.getElementById("f-dc"), dcs, f.dest_country);
	document.getElementById("f-since").value = f.since || "";
	document.getElementById("f-until").value = f.until || "";
	document.getElementById("f-status").value = f.status || "";
}

function onFilterChange() {
	const form = document.getElementById("filters");
	state.filters = {};
	for (const k of FILTERS) {
		const v = form.elements[k].value;
		if (v)
			state.filters[k] = v;
	}
	state.place = null;
	state.domain = null;
	state.fit = true;
	writeURL();
	refresh();
}

/* The map. */

let map = null, markerLayer = null, routeLayer = null, routeBounds = null;
const markers = new Map();	/* place key -> circle marker */

function placeKey(l) {
	return l.lat + "," + l.lon + "," + (l.city || "") + "," + l.country;
}

function placeName(l) {
	return l.city ? l.city + ", " + countryName(l.country) :
	    countryName(l.country);
}

function initMap() {
	map = L.map("map", { worldCopyJump: true, minZoom: 0, maxZoom: 9,
	    zoomSnap: 0.25, attributionControl: false,
	    keyboardPanDelta: 120 });
	map.fitBounds([[-56, -168], [78, 190]]);
	markerLayer = L.layerGroup().addTo(map);
	const moved = () => { state.userMoved = true; };
	map.on("dragstart", moved);
	map.getContainer().addEventListener("wheel", moved, { passive: true });
	map.getContainer().addEventListener("keydown", moved);
	map.zoomControl.getContainer().addEventListener("click", moved);
	/* After Leaflet took the new size: keep what was shown in view. */
	map.on("resize", () => {
		if (!state.userMoved)
			fitView();
	});
	routeLayer = L.layerGroup().addTo(map);
	fetch("assets/countries.geojson").then((r) => r.json()).then((g) => {
		L.geoJSON(g, { interactive: false,
		    style: { className: "country" } }).addTo(map).bringToBack();
	}).catch((e) => showError("country outlines: " + e.message));
}

function renderMap() {
	const groups = new Map();
	for (const l of state.legs) {
		if (typeof l.lat !== "number" || typeof l.lon !== "number")
			continue;
		const k = placeKey(l);
		if (!groups.has(k))
			groups.set(k, { key: k, lat: l.lat, lon: l.lon,
			    name: placeName(l), legs: [] });
		groups.get(k).legs.push(l);
	}
	markerLayer.clearLayers();
	markers.clear();
	for (const g of groups.values()) {
		const n = g.legs.length;
		const m = L.circleMarker([g.lat, g.lon], {
		    radius: 4 + 3.5 * Math.sqrt(n), className: "marker" +
		    (state.place === g.key ? " sel" : "") });
		m.bindTooltip(g.name + ": " + n + (n === 1 ? " visit" :
		    " visits"));
		m.on("click", () => selectPlace(g));
		m.addTo(markerLayer);
		const path = m.getElement();
		if (path) {
			path.setAttribute("tabindex", "0");
			path.setAttribute("role", "button");
			path.setAttribute("aria-label", g.name + ", " + n +
			    (n === 1 ? " visit" : " visits"));
			path.dataset.place = g.key;
			path.addEventListener("keydown", (e) => {
				if (e.key === "Enter" || e.key === " ") {
					e.preventDefault();
					selectPlace(g);
				}
			});
		}
		markers.set(g.key, { marker: m, group: g });
	}
	if (state.fit && !state.trip) {
		state.fit = false;
		fitMap();
	}
	return groups.size;
}

/* Shows the selected route, else every marker. */
function fitView() {
	if (routeBounds)
		map.fitBounds(routeBounds, { maxZoom: 5 });
	else
		fitMap();
}

/* Shows every marker (or the world when there are none). */
function fitMap() {
	const pts = [...markers.values()].map((m) => m.marker.getLatLng());
	if (pts.length === 0)
		map.fitBounds([[-56, -168], [78, 190]]);
	else
		map.fitBounds(L.latLngBounds(pts).pad(0.25), { maxZoom: 4,
		    padding: [20, 20] });
}

function renderRoute(trip) {
	routeLayer.clearLayers();
	routeBounds = null;
	if (!trip)
		return;
	const pts = (trip.route || []).filter((s) => typeof s.lat === "number")
	    .map((s) => [s.lat, s.lon]);
	if (pts.length > 1)
		L.polyline(pts, { className: "route", interactive: false })
		    .addTo(routeLayer);
	pts.forEach((p, i) => {
		L.circleMarker(p, { radius: 5, className: "stop",
		    interactive: false }).bindTooltip(String(i + 1),
		    { permanent: true, direction: "top", className: "stop-n" })
		    .addTo(routeLayer);
	});
	if (pts.length > 0) {
		routeBounds = L.latLngBounds(pts).pad(0.6);
		state.userMoved = false;
		fitView();
	}
}

/* The timeline. */

function tripSpan(t) {
	const s = parseDay(t.start), e = parseDay(t.end);
	if (s === null && e === null)
		return null;
	return [s !== null ? s : e, (e !== null ? e : s) + DAY];
}

function fitDomain() {
	let lo = Infinity, hi = -Infinity;
	for (const t of state.trips) {
		const sp = tripSpan(t);
		if (sp) {
			lo = Math.min(lo, sp[0]);
			hi = Math.max(hi, sp[1]);
		}
	}
	if (lo === Infinity) {
		const now = Date.now();
		return [now - 30 * DAY, now + 30 * DAY];
	}
	const pad = Math.max((hi - lo) * 0.05, 3 * DAY);
	return [lo - pad, hi + pad];
}

/* Tick positions and labels for the domain, aligned to days/months/years. */
function ticks(d0, d1, want) {
	const span = (d1 - d0) / DAY, out = [];
	const steps = [1, 2, 7, 14, 30, 91, 182, 365, 730, 1826, 3652];
	const step = steps.find((s) => span / s <= want) || 3652;
	const a = new Date(d0);
	if (step >= 365) {
		const ys = Math.round(step / 365);
		let y = Math.ceil(a.getUTCFullYear() / ys) * ys;
		for (let t; (t = Date.UTC(y, 0, 1)) <= d1; y += ys)
			if (t >= d0)
				out.push([t, String(y)]);
	} else if (step >= 30) {
		const ms = Math.round(step / 30);
		let y = a.getUTCFullYear(), m = a.getUTCMonth() + 1;
		m = Math.ceil(m / ms) * ms;
		for (let t; (t = Date.UTC(y, m, 1)) <= d1; m += ms)
			if (t >= d0)
				out.push([t, fmtDay(t, false)]);
	} else {
		let t = Math.ceil(d0 / DAY) * DAY;
		for (; t <= d1; t += step * DAY)
			out.push([t, fmtDay(t, true)]);
	}
	return out;
}

function renderTimeline() {
	const box = document.getElementById("timeline");
	const W = Math.max(box.clientWidth, 300);
	const narrow = W < 600;
	const labelW = narrow ? 96 : 170, undatedW = 64, rowH = 28, top = 40;
	const people = [...new Set(state.trips.map((t) => t.person))].sort();
	if (!state.domain)
		state.domain = fitDomain();
	const [d0, d1] = state.domain;
	const hasUndated = state.trips.some((t) => !tripSpan(t));
	const x1 = W - 8 - (hasUndated ? undatedW : 0);
	const x = (t) => labelW + (t - d0) / (d1 - d0) * (x1 - labelW);
	const H = top + Math.max(people.length, 1) * rowH + 6;
	const root = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`,
	    role: "group", "aria-label": "Timeline of trips" });
	const clipId = "tl-clip";
	root.append(svg("defs", {}, svg("clipPath", { id: clipId },
	    svg("rect", { x: labelW, y: 0, width: x1 - labelW, height: H }))));
	const axis = svg("g", { class: "axis" });
	/* As many ticks as their labels (about 70px) leave room for. */
	const want = Math.max(2, Math.floor((x1 - labelW) / 75));
	for (const [t, text] of ticks(d0, d1, want)) {
		axis.append(svg("line", { x1: x(t), x2: x(t), y1: 18, y2: H }));
		if (x(t) + 58 <= x1)
			axis.append(svg("text", { x: x(t) + 3, y: 13 }, text));
	}
	if (hasUndated)
		axis.append(svg("text", { x: x1 + 8, y: 13 }, "undated"));
	root.append(axis);
	if (people.length === 0)
		root.append(svg("text", { x: labelW, y: top + 18 },
		    Object.keys(state.filters).length ? "No trips match the " +
		    "filters." : "No trips yet."));
	const bars = svg("g", { "clip-path": `url(#${clipId})` });
	const undated = svg("g", {});
	people.forEach((p, i) => {
		const y = top + i * rowH;
		root.append(svg("line", { class: "row-line", x1: 0, x2: W,
		    y1: y + rowH, y2: y + rowH }));
		const label = narrow && p.length > 13 ? p.slice(0, 12) + "…" : p;
		root.append(svg("text", { x: 4, y: y + rowH / 2 + 4 },
		    svg("title", {}, p), label));
	});
	for (const t of state.trips) {
		const i = people.indexOf(t.person), y = top + i * rowH + 5;
		const sp = tripSpan(t);
		const places = (t.route || []).map((s) => s.city ||
		    countryName(s.country)).join(" → ");
		const desc = `${t.person}: ${places}, ${dates(t)}, ` +
		    (STATUS_TEXT[t.status] || t.status);
		let r;
		if (sp) {
			const a = x(sp[0]), b = x(sp[1]);
			r = svg("rect", { x: a, y, width: Math.max(b - a, 5),
			    height: rowH - 10, rx: 3 });
			bars.append(r);
		} else {
			r = svg("rect", { x: x1 + 8, y, width: undatedW - 16,
			    height: rowH - 10, rx: 3 });
			undated.append(r);
		}
		r.setAttribute("class", "bar " + t.status + (sp ? "" :
		    " undated") + (state.trip === t.id ? " sel" : ""));
		r.setAttribute("tabindex", "0");
		r.setAttribute("role", "button");
		r.setAttribute("aria-label", desc);
		r.dataset.trip = t.id;
		r.append(svg("title", {}, desc));
		r.addEventListener("click", () => selectTrip(t.id));
		r.addEventListener("keydown", (e) => {
			if (e.key === "Enter" || e.key === " ") {
				e.preventDefault();
				selectTrip(t.id);
			}
		});
	}
	root.append(bars, undated);
	const now = Date.now();
	if (now >= d0 && now <= d1) {
		root.append(svg("g", { class: "now" },
		    svg("line", { x1: x(now), x2: x(now), y1: 20, y2: H }),
		    svg("text", { x: x(now) + 3, y: 32 }, "now")));
	} else {
		/* Now is off the view: say which way, with the date. */
		const right = now > d1, t = right ? "now (" +
		    fmtDay(now, true) + ") →" : "← now";
		root.append(svg("g", { class: "now" }, svg("text", {
		    x: right ? x1 : labelW + 2, y: 32,
		    "text-anchor": right ? "end" : "start" }, t)));
	}
	box.replaceChildren(root);
}

function zoom(f, at) {
	const [d0, d1] = state.domain || fitDomain();
	const c = at !== undefined ? at : (d0 + d1) / 2;
	const span = Math.max((d1 - d0) * f, 2 * DAY);
	const k = (c - d0) / (d1 - d0);
	state.domain = [c - span * k, c + span * (1 - k)];
	renderTimeline();
}

function pan(f) {
	const [d0, d1] = state.domain || fitDomain();
	const s = (d1 - d0) * f;
	state.domain = [d0 + s, d1 + s];
	renderTimeline();
}

function initTimeline() {
	const box = document.getElementById("timeline");
	document.getElementById("tl-in").addEventListener("click",
	    () => zoom(1 / 1.6));
	document.getElementById("tl-out").addEventListener("click",
	    () => zoom(1.6));
	document.getElementById("tl-fit").addEventListener("click", () => {
		state.domain = null;
		renderTimeline();
	});
	box.addEventListener("keydown", (e) => {
		const k = { "+": () => zoom(1 / 1.6), "=": () => zoom(1 / 1.6),
		    "-": () => zoom(1.6), ArrowLeft: () => pan(-0.2),
		    ArrowRight: () => pan(0.2) }[e.key];
		if (k) {
			e.preventDefault();
			k();
		}
	});
	box.addEventListener("wheel", (e) => {
		if (!e.ctrlKey && !e.shiftKey)
			return;
		e.preventDefault();
		zoom(e.deltaY > 0 ? 1.25 : 0.8);
	}, { passive: false });
	let drag = null;
	box.addEventListener("pointerdown", (e) => {
		if (e.target.classList.contains("bar"))
			return;
		drag = { x: e.clientX, domain: state.domain || fitDomain() };
	});
	window.addEventListener("pointerup", () => { drag = null; });
	box.addEventListener("pointermove", (e) => {
		if (!drag)
			return;
		const [d0, d1] = drag.domain;
		const s = (drag.x - e.clientX) / box.clientWidth * (d1 - d0);
		state.domain = [d0 + s, d1 + s];
		renderTimeline();
	});
	let w = box.clientWidth;
	window.addEventListener("resize", () => {
		if (box.clientWidth !== w) {
			w = box.clientWidth;
			renderTimeline();
		}
	});
}

/* The panel. */

function panel(...kids) {
	document.getElementById("panel").replaceChildren(...kids);
}

function closeButton() {
	return el("button", { type: "button", class: "close",
	    "aria-label": "Close", onclick: () => {
		state.trip = null;
		state.place = null;
		writeURL();
		renderRoute(null);
		renderAll();
		panelHint();
	    } }, "×");
}

/* Nothing chosen: the trips, newest first, as a keyboard-friendly list. */
function panelHint() {
	/* Dated trips newest first, then the undated ones. */
	const key = (t) => t.start || t.end || "";
	const trips = state.trips.slice().sort((a, b) => key(a) === key(b) ?
	    b.id - a.id : !key(a) ? 1 : !key(b) ? -1 : key(a) < key(b) ? 1 :
	    -1);
	panel(el("h2", {}, "Trips"),
	    el("p", { class: "hint" }, trips.length === 0 ? "None " +
	    (Object.keys(state.filters).length ? "match the filters." :
	    "yet.") : "Choose one here, on the timeline, or a place on the " +
	    "map."),
	    el("ul", { class: "trip-list" }, ...trips.map((t) => el("li", {},
	    el("button", { type: "button", class: "linkish",
	    onclick: () => selectTrip(t.id) }, t.person), " ", pill(t.status),
	    el("br"), (t.route || []).map((s) => s.city ||
	    countryName(s.country)).join(" → "), " · ", dates(t)))));
}

/* Links only to web pages: a feed could carry a javascript: URL. */
function webURL(u) {
	return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null;
}

function sourceItem(s) {
	return el("li", { class: "source" },
	    webURL(s.url) ? el("a", { href: s.url, rel: "noopener noreferrer",
	    target: "_blank" }, s.title || s.url) : (s.title || "untitled"),
	    el("span", { class: "feed" }, " · " + (s.feed || "imported") +
	    (s.published ? " · " + s.published.slice(0, 10) : "")),
	    s.evidence ? el("blockquote", {}, "“" + s.evidence + "”") : null);
}

async function selectTrip(id) {
	state.trip = id;
	state.place = null;
	writeURL();
	const gen = ++state.generation;
	let t;
	try {
		t = await getJSON("v1/trips/" + id);
	} catch (e) {
		if (gen === state.generation)
			panel(closeButton(), el("p", { class: "err" },
			    e.message));
		return;
	}
	if (gen !== state.generation)
		return;
	renderTimeline();
	renderRoute(t);
	const legs = (t.legs || []).map((l) => el("li", { class: "leg",
	    "data-leg": l.id },
	    el("strong", {}, placeName(l)), " ", pill(l.status), el("br"),
	    el("span", { class: "when" }, dates(l)),
	    (l.sources || []).length ? el("ul", { class: "sources" },
	    ...l.sources.map(sourceItem)) : null));
	panel(closeButton(),
	    el("h2", { id: "trip-h" }, t.person),
	    el("p", { class: "meta" }, [t.role, countryName(
	    t.official_country)].filter(Boolean).join(", ")),
	    el("p", {}, dates(t), " ", pill(t.status),
	    ` · ${t.leg_count} ${t.leg_count === 1 ? "leg" : "legs"}`),
	    el("ol", { class: "legs", "aria-labelledby": "trip-h" }, ...legs));
}

function selectPlace(g) {
	state.place = g.key;
	state.trip = null;
	state.generation++;
	writeURL();
	renderRoute(null);
	for (const [k, m] of markers) {
		const e = m.marker.getElement();
		if (e)
			e.classList.toggle("sel", k === g.key);
	}
	renderTimeline();
	const legs = g.legs.slice().sort((a, b) => (a.start || "9") <
	    (b.start || "9") ? -1 : 1);
	panel(closeButton(), el("h2", {}, g.name),
	    el("p", { class: "meta" }, legs.length + (legs.length === 1 ?
	    " visit" : " visits")),
	    el("ul", { class: "place-legs" }, ...legs.map((l) => el("li",
	    { class: "leg", "data-leg": l.id },
	    el("strong", {}, l.person), " ", pill(l.status), el("br"),
	    dates(l), " · ",
	    el("button", { type: "button", class: "linkish",
	    onclick: () => selectTrip(l.trip_id) }, "show the trip")))));
}

/* First run: no legs at all yet; say what the feeds are doing. */
async function renderFirstRun(health) {
	const box = document.getElementById("first-run");
	const empty = health && health.counts && health.counts.legs === 0;
	box.hidden = !empty;
	if (!empty)
		return;
	const list = document.getElementById("fr-feeds");
	try {
		const f = await getJSON("v1/feeds");
		if (f.feeds.length === 0) {
			list.replaceChildren(el("li", {}, "none configured: add " +
			    "[feed NAME] sections to itinerd.conf, or " +
			    "itinctl feed add NAME URL"));
			return;
		}
		list.replaceChildren(...f.feeds.map((x) => el("li", {},
		    el("strong", {}, x.name), " ",
		    x.paused ? "paused" : !x.enabled ? "disabled" +
		    (x.disabled_reason ? " (" + x.disabled_reason + ")" : "") :
		    x.last_fetch ? "polled " + ago(x.last_fetch) : "not yet polled",
		    x.enabled && !x.paused && x.next_due ? ", next " +
		    ago(x.next_due) : "",
		    x.last_error ? el("span", { class: "err" }, " · " +
		    x.last_error) : null)));
	} catch (e) {
		list.replaceChildren(el("li", { class: "err" }, e.message));
	}
}

/* "3 min ago", "in 2 h" for an ISO time. */
function ago(iso) {
	const d = (Date.parse(iso) - Date.now()) / 1000;
	const a = Math.abs(d);
	const t = a < 90 ? Math.round(a) + " s" : a < 5400 ?
	    Math.round(a / 60) + " min" : a < 129600 ? Math.round(a / 3600) +
	    " h" : Math.round(a / 86400) + " days";
	return d < 0 ? t + " ago" : "in " + t;
}

function showError(msg) {
	const s = document.getElementById("summary");
	s.textContent = msg;
	s.classList.add("err");
}

function renderAll() {
	const nplaces = renderMap();
	renderTimeline();
	const people = new Set(state.trips.map((t) => t.person)).size;
	const s = document.getElementById("summary");
	s.classList.remove("err");
	s.textContent = `${state.trips.length} trips, ${state.legs.length} ` +
	    `legs, ${people} officials, ${nplaces} places` +
	    (Object.keys(state.filters).length ? " (filtered)" : "") +
	    " · updated " + new Date().toLocaleTimeString();
	s.dataset.trips = state.trips.length;
	s.dataset.legs = state.legs.length;
	s.dataset.places = nplaces;
}

async function refresh() {
	try {
		const [trips, legs, officials, places, health] = await Promise.all([
		    getAll("v1/trips", "trips"), getAll("v1/legs", "legs"),
		    getJSON("v1/officials?limit=1000"),
		    getJSON("v1/places?limit=1000"), getJSON("v1/health")]);
		state.trips = trips;
		state.legs = legs;
		state.officials = officials.officials;
		state.places = places.places;
		renderFilters();
		renderAll();
		renderFirstRun(health);
		if (state.trip && !state.place)
			await selectTrip(state.trip);
		else if (!state.place)
			panelHint();
		state.loaded = true;
		document.body.dataset.ready = "1";
	} catch (e) {
		showError("Cannot read the API: " + e.message);
	}
}

/* Live: the event stream; any change reloads the lists once. */

function setConn(st, text) {
	const c = document.getElementById("conn");
	c.dataset.state = st;
	document.getElementById("conn-text").textContent = text || st;
}

function scheduleRefresh() {
	clearTimeout(state.refreshTimer);
	state.refreshTimer = setTimeout(refresh, 250);
}

/*
 * Browsers allow about six HTTP/1.1 connections per host, shared by all
 * tabs, and each open stream holds one: so the stream is closed while
 * the page is hidden or left (back/forward cache) and reopened, with a
 * reload of the lists, when it is shown again.
 */
let stream = null;

function connect() {
	if (stream)
		stream.close();
	setConn("connecting");
	const es = new EventSource("v1/events");
	stream = es;
	let wasLive = false;
	es.addEventListener("open", () => {
		setConn("live");
		if (wasLive)
			scheduleRefresh();	/* missed events while away */
		wasLive = true;
	});
	es.addEventListener("error", () => {
		if (stream !== es)
			return;
		if (es.readyState === EventSource.CLOSED) {
			stream = null;
			setConn("offline", "offline, retrying");
			setTimeout(() => {
				if (!stream && !document.hidden)
					connect();
			}, 10000);
		} else
			setConn("connecting", "reconnecting");
	});
	for (const type of ["leg", "trip", "feed"])
		es.addEventListener(type, scheduleRefresh);
}

function disconnect(text) {
	if (stream) {
		stream.close();
		stream = null;
	}
	setConn("offline", text);
}

function resume() {
	if (!stream) {
		connect();
		scheduleRefresh();
	}
}

function init() {
	readURL();
	initMap();
	initTimeline();
	const form = document.getElementById("filters");
	form.addEventListener("change", onFilterChange);
	form.addEventListener("submit", (e) => e.preventDefault());
	form.addEventListener("reset", () => setTimeout(onFilterChange, 0));
	window.addEventListener("popstate", () => {
		readURL();
		refresh();
	});
	/* Escape clears the selection, as the panel's close button does. */
	document.addEventListener("keydown", (e) => {
		if (e.key === "Escape" && (state.trip || state.place) &&
		    !(e.target instanceof HTMLSelectElement)) {
			state.trip = null;
			state.place = null;
			state.generation++;
			writeURL();
			renderRoute(null);
			renderAll();
			panelHint();
		}
	});
	window.addEventListener("pagehide", () => disconnect("paused"));
	window.addEventListener("pageshow", (e) => {
		if (e.persisted)
			resume();
	});
	document.addEventListener("visibilitychange", () => {
		if (document.hidden)
			disconnect("paused while hidden");
		else
			resume();
	});
	refresh();
	connect();
}

init();
