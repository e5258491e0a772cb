package document

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// A saved web page: the article (<main> or <article> when the page has
// one), without scripts, styles, navigation, forms and footers; headings,
// list items and paragraphs as Markdown writes them. The page's encoding is
// found as browsers find it (byte order mark, <meta charset>, else
// Windows-1252 for a page that is not UTF-8).
func readHTMLFile(data []byte) (Doc, error) {
	r, err := charset.NewReader(bytes.NewReader(data), "text/html")
	if err != nil {
		return Doc{}, err
	}
	root, err := html.Parse(r)
	if err != nil {
		return Doc{}, err
	}
	return htmlDoc(root), nil
}

// htmlDoc turns a parsed page (or an EPUB chapter) into a Doc.
func htmlDoc(root *html.Node) Doc {
	d := Doc{Title: textOf(find(root, atom.Title))}
	body := root
	if n := find(root, atom.Main); n != nil {
		body = n
	} else if n := find(root, atom.Article); n != nil {
		body = n
	} else if n := find(root, atom.Body); n != nil {
		body = n
	}
	var w writer
	h := htmlWalker{w: &w}
	h.walk(body)
	h.flush()
	d.Text = w.String()
	return d
}

// skipped elements hold no reading text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Footer: true, atom.Form: true,
	atom.Svg: true, atom.Math: true, atom.Button: true, atom.Select: true, atom.Template: true, atom.Iframe: true,
	atom.Aside: true, atom.Head: true, atom.Figure: true, atom.Sup: true,
}

// blocks end the paragraph before them and start a new one.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Body: true, atom.Caption: true,
	atom.Figcaption: true, atom.Address: true, atom.Details: true, atom.Summary: true,
}

var headings = map[atom.Atom]int{atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6}

type htmlWalker struct {
	w      *writer
	inline strings.Builder // the paragraph being gathered
	inList bool
}

func (h *htmlWalker) flush() {
	if t := oneLine(h.inline.String()); t != "" {
		h.w.para(t)
	}
	h.inline.Reset()
}

func (h *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		h.inline.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) {
			return
		}
		if lvl, ok := headings[n.DataAtom]; ok {
			h.flush()
			h.w.heading(lvl, textOf(n))
			return
		}
		switch n.DataAtom {
		case atom.Br:
			h.inline.WriteString(" ")
			return
		case atom.Ul, atom.Ol:
			h.flush()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Li {
					h.item(c)
				}
			}
			h.w.end()
			return
		case atom.Img:
			return
		}
		if blocks[n.DataAtom] {
			h.flush()
			defer h.flush()
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		h.walk(c)
	}
}

// item writes a list item: its own text, then its nested lists' items.
func (h *htmlWalker) item(li *html.Node) {
	var own strings.Builder
	var nested []*html.Node
	var gather func(n *html.Node)
	gather = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				own.WriteString(c.Data)
			case c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol):
				nested = append(nested, c)
			case c.Type == html.ElementNode && !skipped[c.DataAtom]:
				if c.DataAtom == atom.Br || blocks[c.DataAtom] {
					own.WriteString(" ")
				}
				gather(c)
			}
		}
	}
	gather(li)
	h.w.item(own.String())
	for _, l := range nested {
		for c := l.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				h.item(c)
			}
		}
	}
}

// hidden is an element the page does not show.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			return a.Val == "true"
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			return strings.Contains(s, "display:none")
		}
	}
	return false
}

// find is the first element of the kind in document order.
func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// textOf is the visible text inside n, on one line.
func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && (skipped[n.DataAtom] && n.DataAtom != atom.Head || hidden(n)) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Br {
				b.WriteString(" ")
			}
			walk(c)
		}
	}
	walk(n)
	return oneLine(b.String())
}
