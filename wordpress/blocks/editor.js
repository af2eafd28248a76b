/**
 * The three blocks in the editor: a sidebar with the element's options and
 * a preview rendered by the server (the same HTML visitors get). Plain
 * wp.element calls, so the plugin needs no JavaScript build; the attribute
 * lists come from PHP (window.wcitEmbedBlocks, see includes/blocks.php).
 */
/* global window -- the editor's page */
(function (wp, blocks) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var c = wp.components;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var ServerSideRender = wp.serverSideRender;

  /** Labels and help for the options; an option without one is shown by its name. */
  var LABELS = {
    src: [__('Feed URL', 'wcit-embed'), __('Empty: the site\'s default feed (Settings → WCIT letter).', 'wcit-embed')],
    lang: [__('Language', 'wcit-embed'), __('A language tag such as fr or pt-BR. Empty: the page\'s language.', 'wcit-embed')],
    headingLevel: [__('Heading level', 'wcit-embed')],
    collapsed: [__('Show the opening only, the rest behind a button', 'wcit-embed')],
    compact: [__('One line with the count, instead of the list', 'wcit-embed')],
    limit: [__('Show at most this many (0: all)', 'wcit-embed')],
    searchable: [__('Add a search field', 'wcit-embed')],
    refresh: [__('Refresh every … seconds (0: never)', 'wcit-embed')],
    href: [__('Sign-on form URL', 'wcit-embed'), __('Empty: the form the feed names.', 'wcit-embed')],
    target: [__('Link target', 'wcit-embed'), __('For example _blank.', 'wcit-embed')],
    attribution: [__('Attribution', 'wcit-embed'), __('Your organisation\'s name, added to the form link so the campaign sees where signers came from.', 'wcit-embed')],
    refParam: [__('Attribution parameter', 'wcit-embed')],
    showCount: [__('Show the count on the button', 'wcit-embed')],
    size: [__('Size', 'wcit-embed')],
    variant: [__('Style', 'wcit-embed')],
  };

  function control(name, schema, props) {
    var label = (LABELS[name] || [name])[0];
    var help = (LABELS[name] || [])[1];
    var value = props.attributes[name];
    var set = function (v) {
      var next = {};
      next[name] = v === '' || v === null || Number.isNaN(v) ? undefined : v;
      props.setAttributes(next);
    };
    if (schema.type === 'boolean') {
      return el(c.ToggleControl, { key: name, label: label, help: help, checked: !!value, onChange: set });
    }
    if (schema.enum) {
      var options = [{ label: __('Default', 'wcit-embed'), value: '' }].concat(
        schema.enum.map(function (v) { return { label: v, value: v }; }),
      );
      return el(c.SelectControl, { key: name, label: label, help: help, value: value || '', options: options, onChange: set });
    }
    if (name === 'headingLevel') {
      return el(c.RangeControl, { key: name, label: label, min: 1, max: 6, value: value || 2, onChange: set });
    }
    if (schema.type === 'integer') {
      return el(c.TextControl, {
        key: name, label: label, help: help, type: 'number', min: 0, value: value === undefined ? '' : value,
        onChange: function (v) { set(v === '' ? '' : parseInt(v, 10)); },
      });
    }
    return el(c.TextControl, { key: name, label: label, help: help, value: value || '', onChange: set });
  }

  Object.keys(blocks).forEach(function (name) {
    var def = blocks[name];
    wp.blocks.registerBlockType(name, {
      apiVersion: 2,
      title: def.title,
      description: def.description,
      category: 'widgets',
      icon: 'media-document',
      attributes: def.attributes,
      edit: function (props) {
        return el(
          'div',
          useBlockProps(),
          el(
            InspectorControls,
            null,
            el(c.PanelBody, { title: __('Options', 'wcit-embed') },
              Object.keys(def.attributes).map(function (a) { return control(a, def.attributes[a], props); })),
          ),
          el(ServerSideRender, { block: name, attributes: props.attributes }),
        );
      },
      // Dynamic: the server renders it, so the saved post holds only the block comment.
      save: function () { return null; },
    });
  });
})(window.wp, window.wcitEmbedBlocks || {});
