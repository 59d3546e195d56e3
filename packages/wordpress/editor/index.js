/* global wp, CLINIC_UI_BLOCKS */
// The block editor side of Clinic UI Blocks: one block per <clinic-*> element, from the block.json
// files the build generates from the widgets' custom-elements.json (passed in as CLINIC_UI_BLOCKS).
// Written against WordPress's globals (wp.blocks, wp.element…), with no JSX and no toolchain
// beyond esbuild: each block saves the element's own markup, so a post stays plain, readable HTML
// when the plugin is off, and the editor previews it with the real widgets bundle.

/** The element attributes of a block: its block.json attributes read from the element's markup. */
export function elementAttributes(metadata) {
  return Object.entries(metadata.attributes)
    .filter(([, schema]) => schema.source === 'attribute')
    .map(([key, schema]) => ({ key, name: schema.attribute, schema }));
}

/** The element's tag name: the selector its content is read from. */
export function elementTag(metadata) {
  return metadata.attributes.content.selector;
}

/** The element's attributes as markup: a boolean attribute is present or absent, empty strings left out. */
export function elementProps(metadata, attributes) {
  const props = {};
  for (const { key, name, schema } of elementAttributes(metadata)) {
    const value = attributes[key];
    if (schema.type === 'boolean') {
      if (value) props[name] = '';
    } else if (value !== undefined && value !== null && value !== '') {
      props[name] = String(value);
    }
  }
  return props;
}

/** The saved markup: `<clinic-x attr="…">content</clinic-x>`, the light DOM written as is. */
export function save(metadata) {
  const { createElement, RawHTML } = wp.element;
  return ({ attributes }) =>
    createElement(
      elementTag(metadata),
      elementProps(metadata, attributes),
      attributes.content ? createElement(RawHTML, null, attributes.content) : null,
    );
}

function attributeControl(metadata, attribute, attributes, setAttributes) {
  const { __ } = wp.i18n;
  const { TextControl, ToggleControl, SelectControl } = wp.components;
  const { createElement } = wp.element;
  const { key, name, schema } = attribute;
  const common = {
    key,
    label: name,
    help: metadata.clinicUi?.descriptions?.[name],
    __nextHasNoMarginBottom: true,
  };
  const set = (value) => setAttributes({ [key]: value });
  if (schema.type === 'boolean')
    return createElement(ToggleControl, {
      ...common,
      checked: Boolean(attributes[key]),
      onChange: set,
    });
  if (Array.isArray(schema.enum))
    return createElement(SelectControl, {
      ...common,
      value: attributes[key] ?? '',
      options: [
        { label: __('Default', 'clinic-ui-blocks'), value: '' },
        ...schema.enum.map((value) => ({ label: value, value })),
      ],
      onChange: (value) => set(value === '' ? undefined : value),
    });
  return createElement(TextControl, {
    ...common,
    type: metadata.clinicUi?.urlAttributes?.includes(name) ? 'url' : 'text',
    value: attributes[key] ?? '',
    onChange: (value) => set(value === '' ? undefined : value),
  });
}

/** The editor: attributes in the sidebar, the element previewed by the real bundle, its content as HTML. */
export function edit(metadata) {
  const tag = elementTag(metadata);
  return function ClinicBlockEdit({ attributes, setAttributes, isSelected }) {
    const { __ } = wp.i18n;
    const { createElement, Fragment } = wp.element;
    const { useBlockProps, InspectorControls } = wp.blockEditor;
    const { PanelBody, TextareaControl } = wp.components;
    return createElement(
      Fragment,
      null,
      createElement(
        InspectorControls,
        null,
        createElement(
          PanelBody,
          { title: __('Element attributes', 'clinic-ui-blocks') },
          elementAttributes(metadata).map((attribute) =>
            attributeControl(metadata, attribute, attributes, setAttributes),
          ),
        ),
      ),
      createElement(
        'div',
        useBlockProps(),
        // The live preview: the element itself, rendered by clinic-ui.js in the editor canvas.
        createElement(tag, {
          ...elementProps(metadata, attributes),
          dangerouslySetInnerHTML: { __html: attributes.content ?? '' },
        }),
        isSelected &&
          createElement(TextareaControl, {
            label: __('Content (HTML)', 'clinic-ui-blocks'),
            help: metadata.clinicUi?.content,
            value: attributes.content ?? '',
            rows: 8,
            className: 'clinic-ui-blocks-content',
            onChange: (content) => setAttributes({ content }),
            __nextHasNoMarginBottom: true,
          }),
      ),
    );
  };
}

/** Registers every block; answers their names. */
export function registerClinicBlocks(blocks) {
  return blocks.map((metadata) => {
    // clinicUi (descriptions for the editor) is not block.json's: kept out of the registration.
    const { clinicUi, ...definition } = metadata;
    void clinicUi;
    wp.blocks.registerBlockType(definition, { edit: edit(metadata), save: save(metadata) });
    return definition.name;
  });
}

if (typeof CLINIC_UI_BLOCKS !== 'undefined') registerClinicBlocks(CLINIC_UI_BLOCKS);
