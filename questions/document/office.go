package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// Word (.docx) and OpenDocument (.odt) files are zips of XML. Both are read
// with the standard library's zip and XML readers: paragraphs in order,
// headings by their style (Word's built-in style names are English
// whatever the language of the program) or outline level, list items by
// their numbering; deleted tracked changes, field codes, comments and notes
// are left out.

func readDOCX(data []byte) (Doc, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Doc{}, notZip(data, err, "a Word document")
	}
	levels := docxStyles(z)
	body, err := readZip(z, "word/document.xml")
	if err != nil {
		return Doc{}, err
	}
	var w writer
	dec := xml.NewDecoder(bytes.NewReader(body))
	var (
		text              strings.Builder
		style             string
		list, inP, inText bool
		outline           = -1
		skip              int // depth inside parts whose text is not read
		listOpen          bool
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return Doc{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "del", "instrText", "delText", "commentReference", "footnoteReference":
				skip++
			case "p":
				inP, style, list, outline = true, "", false, -1
				text.Reset()
			case "pStyle":
				style = attr(t, "val")
			case "numPr":
				list = true
			case "outlineLvl":
				outline, _ = strconv.Atoi(attr(t, "val"))
			case "t":
				inText = true
			case "tab", "br", "cr":
				text.WriteString(" ")
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "del", "instrText", "delText", "commentReference", "footnoteReference":
				skip--
			case "t":
				inText = false
			case "p":
				if !inP {
					continue
				}
				inP = false
				lvl := levels[style].heading
				if outline >= 0 && outline < 9 {
					lvl = outline + 1
				}
				switch {
				case lvl > 0:
					if listOpen {
						w.end()
						listOpen = false
					}
					w.heading(lvl, text.String())
				case list || levels[style].list:
					w.item(text.String())
					listOpen = true
				default:
					if listOpen {
						w.end()
						listOpen = false
					}
					w.para(text.String())
				}
			}
		case xml.CharData:
			if inText && skip == 0 {
				text.Write(t)
			}
		}
	}
	d := Doc{Text: w.String()}
	var core struct {
		Title string `xml:"title"`
	}
	if raw, err := readZip(z, "docProps/core.xml"); err == nil {
		_ = xml.Unmarshal(raw, &core) // a title is a nicety
		d.Title = core.Title
	}
	return d, nil
}

type styleKind struct {
	heading int // 1..9, 0 for none
	list    bool
}

// docxStyles maps Word's style ids to headings and lists, from the styles'
// English built-in names ("heading 2", "Title", "List Bullet") or outline
// levels.
func docxStyles(z *zip.Reader) map[string]styleKind {
	out := map[string]styleKind{}
	raw, err := readZip(z, "word/styles.xml")
	if err != nil {
		return out
	}
	var styles struct {
		Style []struct {
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
			Outline *struct {
				Val int `xml:"val,attr"`
			} `xml:"pPr>outlineLvl"`
		} `xml:"style"`
	}
	if xml.Unmarshal(raw, &styles) != nil {
		return out
	}
	for _, s := range styles.Style {
		name := strings.ToLower(s.Name.Val)
		var k styleKind
		switch {
		case name == "title":
			k.heading = 1
		case strings.HasPrefix(name, "heading "):
			k.heading, _ = strconv.Atoi(strings.TrimPrefix(name, "heading "))
		case s.Outline != nil && s.Outline.Val < 9:
			k.heading = s.Outline.Val + 1
		case strings.HasPrefix(name, "list"):
			k.list = true
		}
		out[s.ID] = k
	}
	return out
}

func readODT(data []byte) (Doc, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Doc{}, notZip(data, err, "an OpenDocument text")
	}
	body, err := readZip(z, "content.xml")
	if err != nil {
		return Doc{}, err
	}
	var w writer
	dec := xml.NewDecoder(bytes.NewReader(body))
	var (
		text      strings.Builder
		depth     int // paragraphs and headings open (a note holds paragraphs of its own)
		level     int
		listDepth int
		skip      int
		inBody    bool
		parent    = map[string]string{} // automatic style -> the style it is based on
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return Doc{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "text":
				if t.Name.Space == "urn:oasis:names:tc:opendocument:xmlns:office:1.0" {
					inBody = true
				}
			case "note", "annotation", "tracked-changes", "sequence-decls", "table-of-content", "index-title":
				skip++
			case "style":
				parent[attr(t, "name")] = attr(t, "parent-style-name")
			case "list":
				listDepth++
			case "h", "p":
				depth++
				if depth == 1 {
					text.Reset()
					level = odtHeading(attr(t, "style-name"), parent)
					if t.Name.Local == "h" {
						level, _ = strconv.Atoi(attr(t, "outline-level"))
						level = max(level, 1)
					}
				}
			case "s":
				n, _ := strconv.Atoi(attr(t, "c"))
				text.WriteString(strings.Repeat(" ", max(n, 1)))
			case "tab", "line-break":
				text.WriteString(" ")
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "note", "annotation", "tracked-changes", "sequence-decls", "table-of-content", "index-title":
				skip--
			case "list":
				listDepth--
				if listDepth == 0 {
					w.end()
				}
			case "h", "p":
				depth--
				if depth > 0 || skip > 0 || !inBody {
					continue
				}
				switch {
				case level > 0:
					w.heading(level, text.String())
				case listDepth > 0:
					w.item(text.String())
				default:
					w.para(text.String())
				}
			}
		case xml.CharData:
			if depth > 0 && skip == 0 {
				text.Write(t)
			}
		}
	}
	d := Doc{Text: w.String()}
	var meta struct {
		Title string `xml:"meta>title"`
	}
	if raw, err := readZip(z, "meta.xml"); err == nil {
		_ = xml.Unmarshal(raw, &meta) // a title is a nicety
		d.Title = meta.Title
	}
	return d, nil
}

// odtHeading is the heading level of a paragraph style ("Heading_20_2",
// "Title", or an automatic style based on one), 0 for body text.
func odtHeading(style string, parent map[string]string) int {
	for range 4 {
		switch {
		case style == "Title":
			return 1
		case strings.HasPrefix(style, "Heading_20_"):
			n, _ := strconv.Atoi(strings.TrimPrefix(style, "Heading_20_"))
			return min(max(n, 1), 6)
		}
		style = parent[style]
	}
	return 0
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// notZip explains a file that is no zip: often an old .doc or .rtf
// renamed; a zip cut short (a download that stopped) is damaged.
func notZip(data []byte, err error, what string) error {
	if errors.Is(err, zip.ErrFormat) && !bytes.HasPrefix(data, []byte("PK")) {
		return unreadable("is not %s inside (an older .doc or .rtf renamed?); save it again as .docx, .odt or .txt", what)
	}
	return err
}
